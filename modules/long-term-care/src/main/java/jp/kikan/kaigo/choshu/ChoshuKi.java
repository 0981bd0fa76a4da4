package jp.kikan.kaigo.choshu;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One instalment of a premium: its name (第7期, 4月（仮徴収）, 随時), the month it is collected in, what it is and the
 * amount; a 普通徴収 期 has its 納期限, a 特別徴収 one none (withheld from the pension paid that month).
 */
public record ChoshuKi(String kibetsu, YearMonth nengetsu, ChoshuKubun kubun, long gaku, LocalDate nokigen) {

    public ChoshuHoho hoho() {
        return kubun.hoho();
    }

    public ChoshuKi withGaku(long g) {
        return new ChoshuKi(kibetsu, nengetsu, kubun, g, nokigen);
    }
}
