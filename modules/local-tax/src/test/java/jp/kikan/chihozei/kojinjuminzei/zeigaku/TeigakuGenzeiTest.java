package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * [unconfirmed outside 指定都市] 令和6年度 特別税額控除 (定額減税): 1万円 × 人数, 県 = 合計 × 県所得割 ÷ (市 + 県)
 * (広島市 https://www.city.hiroshima.lg.jp/living/zei/1006016/1025578/1025579/1019103.html; 藤枝市 FAQ).
 */
@Tag("fn:kojin-juminzei.teigaku-genzei")
class TeigakuGenzeiTest {

    private static Nyuryoku family(int reiwa) {
        return Nyuryoku.reiwa(reiwa).kyuyo(5_000_000).haigusha("1985-01-01", 0).fuyo("2013-05-01", 0).fuyo("2006-05-01", 0);
    }

    @Test
    @DisplayName("令和6年度 本人・配偶者・子2人 → 40,000: 県 40,000 × 97,800 ÷ 244,500 = 16,000, 市 24,000")
    void shouldCutTenThousandPerPersonSplitByTheIncomeLevies() {
        KojinJuminzeiFuka f = family(6).fuka();
        assertThat(f.shi().shotokuwari()).isEqualTo(146_700);
        assertThat(f.ken().shotokuwari()).isEqualTo(97_800);
        assertThat(f.ken().teigakuGenzei()).isEqualTo(16_000);
        assertThat(f.shi().teigakuGenzei()).isEqualTo(24_000);
        assertThat(f.shi().shotokuwariSaishu()).isEqualTo(146_700 - 24_000);
    }

    @Test
    @DisplayName("国外居住の扶養親族は数えない (3人 → 30,000)")
    void shouldNotCountARelativeLivingAbroad() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(6).kyuyo(5_000_000).haigusha("1985-01-01", 0).fuyo("2013-05-01", 0)
                .fuyo(new KazeiNyuryoku.Shinzoku("2006-05-01", 0L, ShogaiKubun.NASHI, false, false, true)).fuka();
        assertThat(f.shi().teigakuGenzei() + f.ken().teigakuGenzei()).isEqualTo(30_000);
    }

    @ParameterizedTest(name = "合計所得 {0} → 定額減税 {1}")
    @CsvSource({"18050000, 10000", "18050001, 0"})
    void shouldCutOnlyUpToTheIncomeLimit(long gokei, long genzei) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(6).jigyo(gokei).fuka();
        assertThat(f.shi().teigakuGenzei() + f.ken().teigakuGenzei()).isEqualTo(genzei);
    }

    @Test
    @DisplayName("所得割より大きい減税は所得割まで (市 5,700 / 県 3,800 → 0 / 0)")
    void shouldNotCutMoreThanTheIncomeLevy() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(6).kyuyo(1_100_000).fuka();
        assertThat(f.shi().teigakuGenzei()).isEqualTo(5_700);
        assertThat(f.ken().teigakuGenzei()).isEqualTo(3_800);
        assertThat(f.shi().shotokuwariSaishu()).isZero();
        assertThat(f.ken().shotokuwariSaishu()).isZero();
    }

    @Test
    @DisplayName("[unconfirmed] 令和7年度: 控除対象配偶者でない同一生計配偶者 (本人 1,000万円超) だけ 10,000; 令和5・8年度はなし")
    void shouldApplyTheReiwa7FollowUpOnlyAndNothingInOtherYears() {
        KojinJuminzeiFuka high = Nyuryoku.reiwa(7).jigyo(11_000_000).haigusha("1985-01-01", 0).fuka();
        assertThat(high.shi().teigakuGenzei() + high.ken().teigakuGenzei()).isEqualTo(10_000);
        assertThat(family(7).fuka().shi().teigakuGenzei()).isZero();
        assertThat(family(5).fuka().shi().teigakuGenzei()).isZero();
        assertThat(family(8).fuka().shi().teigakuGenzei()).isZero();
    }
}
