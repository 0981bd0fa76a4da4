package jp.kikan.kokuho.hokenzei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 未就学児 (6歳に達する日以後の最初の3月31日以前): 医療分・支援金分の均等割 5割, after the 7・5・2割 軽減 (四街道市
 * https://www.city.yotsukaido.chiba.jp/smph/kurashi/kokuho/zei/ykokuho20190327.html; levy rules B4: 7割 → 8.5割).
 */
@Tag("fn:kokuho.hokenzei.keigen")
class MishugakujiTest {

    @Test
    void shouldHalveAPreschoolChildsFlatAmountAfterTheReduction() {
        // 令和7年度, income 0 → 7割: child's 医療分 均等割 30,000 × 0.3 = 9,000 → 5割 → 4,500 (8.5割)
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1990-01-01", 0).hihokensha("2020-06-01", 0).keisan();
        assertThat(k.mishugakujisu()).isEqualTo(1);
        HokenzeiKekka.Kikan iryo = Setai.kubun(k, Kubun.IRYO).kikan().get(0);
        assertThat(iryo.kintowariKeigen()).isEqualTo(42_000);
        assertThat(iryo.mishugakujiKeigen()).isEqualTo(4_500);
        assertThat(Setai.kubun(k, Kubun.SHIEN).kikan().get(0).mishugakujiKeigen()).isEqualTo(1_500);
        // (60,000 − 42,000 − 4,500) + (22,000 − 15,400) = 20,100
        assertThat(Setai.kubun(k, Kubun.IRYO).nengaku()).isEqualTo(20_100);
    }

    @Test
    void shouldHalveWithoutAReduction() {
        HokenzeiKekka k = Setai.nendo(2025).setainushi("1990-01-01", 3_430_000).hihokensha("2020-06-01", 0).keisan();
        assertThat(k.keigen().wari()).isZero();
        assertThat(Setai.kubun(k, Kubun.IRYO).kikan().get(0).mishugakujiKeigen()).isEqualTo(15_000);
    }

    @Test
    void shouldTreatAChildBornOn1AprilAsInTheEarlierSchoolYear() {
        // 令和7年度: 2019-04-02 生 reaches 6 on 2025-04-01 → 未就学 until 2026-03-31; 2019-04-01 生 reached it on 2025-03-31
        assertThat(Setai.nendo(2025).setainushi("1990-01-01", 3_430_000).hihokensha("2019-04-02", 0).keisan().mishugakujisu())
                .isEqualTo(1);
        assertThat(Setai.nendo(2025).setainushi("1990-01-01", 3_430_000).hihokensha("2019-04-01", 0).keisan().mishugakujisu())
                .isZero();
    }
}
