package jp.kikan.chihozei.kojinjuminzei.kojo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 障害者・寡婦・ひとり親・勤労学生・基礎控除 (唐津市, 練馬区, 日進市) and their 人的控除額の差. */
@Tag("fn:kojin-juminzei.shotoku-kojo")
class JintekiKojoTest {

    @Test
    @DisplayName("障害者控除: 本人 障害者 260,000 (差 1万) / 特別障害者 300,000 (差 10万); 同居特別障害者の配偶者 530,000 (差 22万); 年少扶養の障害者 260,000")
    void shouldGiveTheDisabilityDeductions() {
        KojinJuminzeiFuka shogai = Nyuryoku.reiwa(7).jigyo(3_000_000).shogai(ShogaiKubun.SHOGAISHA).fuka();
        assertThat(shogai.kojo().shogaisha()).isEqualTo(260_000);
        assertThat(shogai.kojo().jintekiKojoSa()).isEqualTo(50_000 + 10_000);
        KojinJuminzeiFuka tokubetsu = Nyuryoku.reiwa(7).jigyo(3_000_000).shogai(ShogaiKubun.TOKUBETSU_SHOGAISHA).fuka();
        assertThat(tokubetsu.kojo().shogaisha()).isEqualTo(300_000);
        assertThat(tokubetsu.kojo().jintekiKojoSa()).isEqualTo(50_000 + 100_000);
        KojinJuminzeiFuka spouse = Nyuryoku.reiwa(7).jigyo(3_000_000)
                .haigusha(Nyuryoku.shinzoku("1980-01-01", 0, ShogaiKubun.TOKUBETSU_SHOGAISHA, true, false)).fuka();
        assertThat(spouse.kojo().shogaisha()).isEqualTo(530_000);
        assertThat(spouse.kojo().jintekiKojoSa()).isEqualTo(50_000 + 50_000 + 220_000);
        KojinJuminzeiFuka child = Nyuryoku.reiwa(7).jigyo(3_000_000)
                .fuyo(Nyuryoku.shinzoku("2015-01-01", 0, ShogaiKubun.SHOGAISHA, false, false)).fuka();
        assertThat(child.kojo().fuyo()).isZero();
        assertThat(child.kojo().shogaisha()).isEqualTo(260_000);
    }

    @ParameterizedTest(name = "寡婦 合計所得 {0} → 寡婦控除 {1} [limit unconfirmed]")
    @CsvSource({"5000000, 260000", "5000001, 0"})
    void shouldGiveTheWidowDeductionUpToTheIncomeLimit(long income, long kojo) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(income).kafu().fuka();
        assertThat(f.kojo().kafu()).isEqualTo(kojo);
    }

    @Test
    @DisplayName("ひとり親控除 300,000: 人的控除額の差は母 5万・父 1万")
    void shouldGiveTheSingleParentDeductionWithTheDifferenceByParent() {
        KojinJuminzeiFuka haha = Nyuryoku.reiwa(7).jigyo(3_000_000).hitorioya(HitorioyaKubun.HAHA).fuyo("2012-01-01", 0).fuka();
        assertThat(haha.kojo().hitorioya()).isEqualTo(300_000);
        assertThat(haha.kojo().jintekiKojoSa()).isEqualTo(50_000 + 50_000);
        KojinJuminzeiFuka chichi = Nyuryoku.reiwa(7).jigyo(3_000_000).hitorioya(HitorioyaKubun.CHICHI).fuyo("2012-01-01", 0).fuka();
        assertThat(chichi.kojo().jintekiKojoSa()).isEqualTo(50_000 + 10_000);
    }

    @ParameterizedTest(name = "令和{0}年度 勤労学生 給与収入 {1} → 勤労学生控除 {2}")
    @DisplayName("勤労学生控除 260,000: 合計所得金額 75万円以下 (令和8年度から 85万円以下)")
    @CsvSource({"7, 1300000, 260000", "7, 1300001, 0", "8, 1500000, 260000", "8, 1500001, 0"})
    void shouldGiveTheWorkingStudentDeductionUpToTheLimit(int reiwa, long kyuyo, long kojo) {
        assertThat(Nyuryoku.reiwa(reiwa).kyuyo(kyuyo).kinroGakusei().fuka().kojo().kinroGakusei()).isEqualTo(kojo);
    }

    @ParameterizedTest(name = "合計所得 {0} → 基礎控除 {1}")
    @DisplayName("基礎控除 (住民税): 2,400万円以下 43万, 2,450万円以下 29万, 2,500万円以下 15万, 超 0")
    @CsvSource({"24000000, 430000", "24000001, 290000", "24500000, 290000", "24500001, 150000", "25000000, 150000",
        "25000001, 0"})
    void shouldGraduateTheBasicDeduction(long income, long kojo) {
        assertThat(Nyuryoku.reiwa(7).jigyo(income).fuka().kojo().kiso()).isEqualTo(kojo);
        assertThat(Nyuryoku.reiwa(8).jigyo(income).fuka().kojo().kiso()).isEqualTo(kojo);
    }
}
