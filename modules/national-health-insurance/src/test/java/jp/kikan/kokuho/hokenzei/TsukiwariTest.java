package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 月割 by the months with the qualification at month end (levy rules B6: 鹿島市 https://www.city.saga-kashima.lg.jp/main/26689.html ,
 * 足利市 https://www.city.ashikaga.tochigi.jp/living/000017/000126/000554/p002431.html), 介護分 from the month of the 40歳到達日
 * to the month before the 65歳到達日's (長久手市 https://www.city.nagakute.lg.jp/soshiki/fukushibu/hokeniryoka/1/kokuho/huka/22340.html).
 * 令和7年度, みなみ市; 総所得金額等 343万 (no 軽減): annual 医療分 268,000, 支援金分 95,000, 介護分 78,000. Cases chosen so that
 * the months divide evenly where the rounding order is unconfirmed.
 */
@Tag("fn:kokuho.hokenzei.tsukiwari")
class TsukiwariTest {

    private static HokenzeiKekka.KubunKekka kubun(String birth, String from, String to, Kubun k) {
        return Setai.kubun(Setai.nendo(2025).kikan(birth, 3_430_000, from, to).keisan(), k);
    }

    @Test
    void shouldChargeFromTheMonthOfJoiningToMarch() {
        HokenzeiKekka.KubunKekka iryo = kubun("1995-05-05", "2025-07-15", null, Kubun.IRYO);
        assertThat(iryo.tsukisu()).isEqualTo(9);
        assertThat(iryo.kikan().get(0).tsukiKara()).isEqualTo(7);
        assertThat(iryo.nengaku()).isEqualTo(201_000);
        // joined on the last day of June: June counts (qualified at its end)
        assertThat(kubun("1995-05-05", "2025-06-30", null, Kubun.IRYO).tsukisu()).isEqualTo(10);
    }

    @Test
    void shouldChargeFromAprilToTheMonthBeforeTheLoss() {
        assertThat(kubun("1995-05-05", null, "2025-10-01", Kubun.IRYO).tsukisu()).isEqualTo(6);
        assertThat(kubun("1995-05-05", null, "2025-10-31", Kubun.IRYO).tsukisu()).isEqualTo(6);
        HokenzeiKekka.KubunKekka iryo = kubun("1995-05-05", null, "2025-11-01", Kubun.IRYO);
        assertThat(iryo.tsukisu()).isEqualTo(7);
        assertThat(iryo.kikan().get(0).tsukiMade()).isEqualTo(10);
        assertThat(kubun("1995-05-05", null, "2025-10-01", Kubun.IRYO).nengaku()).isEqualTo(134_000);
    }

    @Test
    void shouldEndTheMonthBeforeThe75thBirthday() {
        // 11月10日 に75歳 → 4〜10月 = 7か月 (足利市)
        assertThat(kubun("1950-11-10", null, null, Kubun.IRYO).tsukisu()).isEqualTo(7);
    }

    @Test
    void shouldLevyKaigoFromTheMonthOfThe40thBirthdayEve() {
        // 1985-10-15 生: 40歳到達日 2025-10-14 → 10月〜3月 = 6か月: 78,000 × 6 / 12 = 39,000
        HokenzeiKekka.KubunKekka kaigo = kubun("1985-10-15", null, null, Kubun.KAIGO);
        assertThat(kaigo.tsukisu()).isEqualTo(6);
        assertThat(kaigo.nengaku()).isEqualTo(39_000);
        // born on the 1st: 40歳到達日 is the last day of the month before → from October too
        assertThat(kubun("1985-11-01", null, null, Kubun.KAIGO).tsukisu()).isEqualTo(6);
        assertThat(kubun("1985-11-02", null, null, Kubun.KAIGO).tsukisu()).isEqualTo(5);
        // 医療分 is not affected
        assertThat(kubun("1985-10-15", null, null, Kubun.IRYO).tsukisu()).isEqualTo(12);
    }

    @Test
    void shouldEndKaigoTheMonthBeforeThe65thBirthdayEve() {
        // 1960-09-20 生: 65歳到達日 2025-09-19 → 4月〜8月 = 5か月: 78,000 × 5 / 12 = 32,500
        HokenzeiKekka.KubunKekka kaigo = kubun("1960-09-20", null, null, Kubun.KAIGO);
        assertThat(kaigo.tsukisu()).isEqualTo(5);
        assertThat(kaigo.nengaku()).isEqualTo(32_500);
        // born on 1 September: 65歳到達日 2025-08-31 → 4月〜7月
        assertThat(kubun("1960-09-01", null, null, Kubun.KAIGO).tsukisu()).isEqualTo(4);
    }

    @Test
    void shouldSplitTheYearWhereTheMembersChange() {
        // a child joins on 2025-10-01 beside the head insured all year: 医療分 4〜9月 1人, 10〜3月 2人
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1980-01-01", 3_430_000)
                .add(new jp.kikan.kokuho.hokenzei.domain.Setaiin(java.time.LocalDate.parse("2010-01-01"), false, true, false,
                        java.time.LocalDate.parse("2025-10-01"), null,
                        new jp.kikan.kokuho.hokenzei.domain.Setaiin.Shotoku(0, 0, 0, 0)))
                .keisan();
        HokenzeiKekka.KubunKekka iryo = Setai.kubun(k, Kubun.IRYO);
        assertThat(iryo.kikan()).extracting(HokenzeiKekka.Kikan::hihokenshasu).containsExactly(1, 2);
        // (268,000 × 6 + 298,000 × 6) / 12 = 283,000
        assertThat(iryo.nengaku()).isEqualTo(283_000);
    }
}
