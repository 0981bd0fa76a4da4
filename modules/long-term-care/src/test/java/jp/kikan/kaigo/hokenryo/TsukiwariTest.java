package jp.kikan.kaigo.hokenryo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kikan.kaigo.hokenryo.domain.HokenryoKekka;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.shikaku.domain.Nenrei;
import org.junit.jupiter.api.Test;

/**
 * 月割: from the month of the 取得日 to the month before the month of the 喪失日 (摂津市
 * https://www.city.settsu.osaka.jp/soshiki/hokenfukushibu/koureikaigoka/kaigohoken/kaigohokenryou/1897.html: a death
 * on 11/3 → 喪失 11/4 → 4〜10月 = 7か月), on the demo city's 第5段階 (基準額 80,400円).
 */
class TsukiwariTest {

    static HokenryoKekka dai5(int nendo, LocalDate shutoku, LocalDate soshitsu) {
        return HokenryoKeisan.keisan(nendo, new Taishosha(false, true, 300_000, 1_400_000, 300_000, null, false, false, shutoku,
                soshitsu), DankaiTest.PARAMETERS.parameters("999997", nendo));
    }

    @Test
    void shouldChargeSevenMonthsWhenLostOnTheFourthOfNovember() {
        HokenryoKekka k = dai5(2025, null, LocalDate.of(2025, 11, 4));
        assertThat(k.tsukisu()).isEqualTo(7);
        assertThat(k.hokenryoNengaku()).isEqualTo(80_400);
        assertThat(k.nengaku()).isEqualTo(46_900);
        assertThat(k.riyu()).anyMatch(r -> r.contains("月割 7か月"));
    }

    @Test
    void shouldChargeFromTheMonthOfThe65thTotatsubi() {
        // born 1960-10-15: reaches 65 on 2025-10-14 → October to March = 6 months
        HokenryoKekka k = dai5(2025, Nenrei.dai1goTotatsubi(LocalDate.of(1960, 10, 15)), null);
        assertThat(k.tsukisu()).isEqualTo(6);
        assertThat(k.nengaku()).isEqualTo(40_200);
    }

    @Test
    void shouldChargeTheMonthBeforeTheBirthdayForOneBornOnTheFirst() {
        // born 1960-04-01: reaches 65 on 2025-03-31, so March of 令和6年度 is charged and 令和7年度 in full
        LocalDate totatsu = Nenrei.dai1goTotatsubi(LocalDate.of(1960, 4, 1));
        assertThat(dai5(2024, totatsu, null).tsukisu()).isEqualTo(1);
        assertThat(dai5(2024, totatsu, null).nengaku()).isEqualTo(6_700);
        assertThat(dai5(2025, totatsu, null).tsukisu()).isEqualTo(12);
    }

    @Test
    void shouldChargeNothingWhenAcquiredAndLostInTheSameMonth() {
        HokenryoKekka k = dai5(2025, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 21));
        assertThat(k.tsukisu()).isZero();
        assertThat(k.nengaku()).isZero();
    }

    @Test
    void shouldChargeTheMonthOfAMoveInAndNotTheMonthOfTheLoss() {
        // 転入 2025-06-20, 転出 2026-01-31 → 喪失 2026-02-01: June to January = 8 months
        HokenryoKekka k = dai5(2025, LocalDate.of(2025, 6, 20), LocalDate.of(2026, 2, 1));
        assertThat(k.tsukisu()).isEqualTo(8);
        assertThat(k.nengaku()).isEqualTo(53_600);
    }
}
