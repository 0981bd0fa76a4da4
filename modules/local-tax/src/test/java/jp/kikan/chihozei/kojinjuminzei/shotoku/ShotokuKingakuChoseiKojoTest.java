package jp.kikan.chihozei.kojinjuminzei.shotoku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 所得金額調整控除 (租税特別措置法第41条の3の3), both kinds, and 合計所得金額 / 総所得金額等. */
@Tag("fn:kojin-juminzei.shotoku")
class ShotokuKingakuChoseiKojoTest {

    @ParameterizedTest(name = "令和7年度 給与収入 {0}, 22歳の扶養親族 → 所得金額調整控除 {1}")
    @CsvSource({"8500000, 0", "8500001, 1", "8510000, 1000", "10000000, 150000", "12000000, 150000"})
    void shouldDeductTenPercentAboveEightPointFiveMillionWithAChildUnder23(long shunyu, long kojo) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(shunyu).fuyo("2002-06-01", 0).fuka();
        assertThat(f.shotoku().choseiKojoKosodate()).isEqualTo(kojo);
        assertThat(f.shotoku().kyuyoShotoku()).isEqualTo(f.shotoku().kyuyoShotokuKojogo() - kojo);
    }

    @Test
    @DisplayName("扶養親族が23歳 (12月31日) なら所得金額調整控除なし; 特別障害者の配偶者なら適用")
    void shouldNeedAChildUnder23OrASpeciallyDisabledFamilyMember() {
        assertThat(Nyuryoku.reiwa(7).kyuyo(9_000_000).fuyo("2001-06-01", 0).fuka().shotoku().choseiKojoKosodate()).isZero();
        assertThat(Nyuryoku.reiwa(7).kyuyo(9_000_000).fuka().shotoku().choseiKojoKosodate()).isZero();
        assertThat(Nyuryoku.reiwa(7).kyuyo(9_000_000)
                .haigusha(Nyuryoku.shinzoku("1970-01-01", 0, ShogaiKubun.TOKUBETSU_SHOGAISHA, false, false)).fuka()
                .shotoku().choseiKojoKosodate()).isEqualTo(50_000);
        assertThat(Nyuryoku.reiwa(7).kyuyo(9_000_000).shogai(ShogaiKubun.TOKUBETSU_SHOGAISHA).fuka()
                .shotoku().choseiKojoKosodate()).isEqualTo(50_000);
    }

    @ParameterizedTest(name = "給与収入 {0} (所得 {1}) + 年金 65歳 {2} → 所得金額調整控除 {3}")
    @DisplayName("給与所得と公的年金等に係る雑所得の両方: min(給与,10万) + min(年金,10万) − 10万")
    @CsvSource({"601000, 51000, 1149000, 0", "611000, 61000, 1160000, 21000", "3000000, 2020000, 1300000, 100000",
        "3000000, 2020000, 0, 0"})
    void shouldDeductForSalaryAndPensionTogether(long kyuyo, long kojogo, long nenkin, long kojo) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).born("1955-01-10").kyuyo(kyuyo).nenkin(nenkin).fuka();
        assertThat(f.shotoku().kyuyoShotokuKojogo()).isEqualTo(kojogo);
        assertThat(f.shotoku().choseiKojoKyuyoNenkin()).isEqualTo(kojo);
        assertThat(f.shotoku().gokeiShotokuKingaku())
                .isEqualTo(kojogo - kojo + f.shotoku().kotekiNenkinShotoku());
    }

    @Test
    @DisplayName("合計所得金額 = 給与所得 + 年金 + 事業 + 不動産 + 配当 + 雑 + その他; 総所得金額等も同じ (分離課税・繰越控除なし)")
    void shouldAddUpTheIncomes() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).kyuyo(3_000_000).jigyo(500_000).fudosan(200_000).zatsu(100_000).sonota(50_000)
                .haito(jp.kikan.chihozei.kojinjuminzei.domain.HaitoShurui.RIEKI_HAITO, 30_000).fuka();
        assertThat(f.shotoku().gokeiShotokuKingaku()).isEqualTo(2_020_000 + 500_000 + 200_000 + 100_000 + 50_000 + 30_000);
        assertThat(f.shotoku().soShotokuKingakuTo()).isEqualTo(f.shotoku().gokeiShotokuKingaku());
    }
}
