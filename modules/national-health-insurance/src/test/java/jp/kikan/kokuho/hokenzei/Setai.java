package jp.kikan.kokuho.hokenzei;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;

/** A household for the engine tests, with みなみ市 (999997)'s parameters. */
final class Setai {

    static final HokenzeiParameterStore PARAMETERS = new HokenzeiParameterStore();

    private final int nendo;
    private final List<Setaiin> members = new ArrayList<>();

    private Setai(int nendo) {
        this.nendo = nendo;
    }

    static Setai nendo(int nendo) {
        return new Setai(nendo);
    }

    /** The insured 世帯主 with 総所得金額等 {@code sosho} and a salary (one 給与所得者等). */
    Setai setainushi(String birth, long sosho) {
        return add(new Setaiin(LocalDate.parse(birth), true, true, false, null, null, new Setaiin.Shotoku(sosho, 1_000_000, 0, 0)));
    }

    /** A second insured member with a salary (another 給与所得者等), no income left after it. */
    Setai setainushi2() {
        return add(new Setaiin(LocalDate.parse("1977-03-03"), false, true, false, null, null, new Setaiin.Shotoku(0, 600_000, 0, 0)));
    }

    Setai giseiSetainushi(String birth, long sosho) {
        return add(new Setaiin(LocalDate.parse(birth), true, false, false, null, null, new Setaiin.Shotoku(sosho, 1_000_000, 0, 0)));
    }

    Setai hihokensha(String birth, long sosho) {
        return add(new Setaiin(LocalDate.parse(birth), false, true, false, null, null, new Setaiin.Shotoku(sosho, 0, 0, 0)));
    }

    Setai kikan(String birth, long sosho, String from, String to) {
        return add(new Setaiin(LocalDate.parse(birth), true, true, false, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), new Setaiin.Shotoku(sosho, 0, 0, 0)));
    }

    Setai nenkin(String birth, long sosho, long nenkinShunyu, long nenkinShotoku, boolean setainushi) {
        return add(new Setaiin(LocalDate.parse(birth), setainushi, true, false, null, null,
                new Setaiin.Shotoku(sosho, 0, nenkinShunyu, nenkinShotoku)));
    }

    Setai tokutei(String birth, long sosho) {
        return add(new Setaiin(LocalDate.parse(birth), false, false, true, null, null, new Setaiin.Shotoku(sosho, 0, 0, 0)));
    }

    /** An insured member who turns 75 in the 年度: 特定同一世帯所属者 from the day he joins 後期高齢者医療 (the birthday). */
    Setai kokiTokutei(String birth, long sosho) {
        return add(new Setaiin(LocalDate.parse(birth), false, true, true, null, null, new Setaiin.Shotoku(sosho, 0, 0, 0)));
    }

    /** An insured member who joins on {@code from}. */
    Setai kanyu(String birth, String from) {
        return add(new Setaiin(LocalDate.parse(birth), false, true, false, LocalDate.parse(from), null,
                new Setaiin.Shotoku(0, 0, 0, 0)));
    }

    Setai add(Setaiin s) {
        members.add(s);
        return this;
    }

    HokenzeiKekka keisan() {
        return HokenzeiKeisan.keisan(nendo, members, PARAMETERS.parameters("999997", nendo));
    }

    /** With the 世帯主 {@code a} liable from April and {@code b} from the month {@code kara} (4〜12, 1〜3). */
    HokenzeiKekka keisan(String a, String b, int kara) {
        List<String> nozei = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nozei.add(i < ((kara + 8) % 12) ? a : b);
        }
        return HokenzeiKeisan.keisan(nendo, members, nozei, PARAMETERS.parameters("999997", nendo));
    }

    static HokenzeiKekka.KubunKekka kubun(HokenzeiKekka k, Kubun kubun) {
        return k.kubun().stream().filter(x -> x.kubun() == kubun).findFirst().orElseThrow();
    }
}
