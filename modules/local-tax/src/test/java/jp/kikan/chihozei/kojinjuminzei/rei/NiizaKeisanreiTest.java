package jp.kikan.chihozei.kojinjuminzei.rei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 新座市「市民税・県民税の計算例」 https://www.city.niiza.lg.jp/soshiki/10/keisannrei.html — 【令和5年度】新座 太郎
 * (昭和40年8月8日生): 給与収入 3,600,000円, 年金収入 1,000,000円, 妻 (70歳未満), 長男 (一般の扶養), 父 (同居老親扶養).
 * The page read shows the figures up to 調整控除; the deductions are entered as payments that give the page's
 * amounts (医療費 200,000 → 控除 100,000; 旧一般 100,000 + 旧個人年金 100,000 → 70,000; 地震 36,000 → 18,000).
 */
@Tag("fn:kojin-juminzei.keisan")
class NiizaKeisanreiTest {

    static KojinJuminzeiFuka taro() {
        return Nyuryoku.reiwa(5).city(Nyuryoku.NIIZA).born("昭和40年8月8日").kyuyo(3_600_000).nenkin(1_000_000)
                .iryohi(200_000, 0).shakaiHokenryo(243_450).seimei(0, 100_000, 0, 0, 100_000).jishin(36_000)
                .haigusha("1968-03-01", 0).fuyo("2005-04-01", 0)
                .fuyo(Nyuryoku.shinzoku("1940-02-01", 0, jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun.NASHI, true, true))
                .fuka();
    }

    @Test
    @DisplayName("新座市 計算例 令和5年度 新座太郎: 給与所得 2,440,000 + 年金 400,000 − 所得金額調整控除 100,000 = 2,740,000")
    void shouldReproduceTheIncomesOfNiizaTaro() {
        KojinJuminzeiFuka f = taro();
        assertThat(f.shotoku().kyuyoShotokuKojogo()).isEqualTo(2_440_000);
        assertThat(f.shotoku().kotekiNenkinShotoku()).isEqualTo(400_000);
        assertThat(f.shotoku().choseiKojoKyuyoNenkin()).isEqualTo(100_000);
        assertThat(f.shotoku().gokeiShotokuKingaku()).isEqualTo(2_740_000);
    }

    @Test
    @DisplayName("新座市 計算例 令和5年度 新座太郎: 所得控除 1,971,450 → 課税所得 768,000 → 調整控除 8,400 / 5,600")
    void shouldReproduceTheDeductionsAndTheAdjustmentOfNiizaTaro() {
        KojinJuminzeiFuka f = taro();
        assertThat(f.kojo().iryohi()).isEqualTo(100_000);
        assertThat(f.kojo().shakaiHokenryo()).isEqualTo(243_450);
        assertThat(f.kojo().seimeiHokenryo()).isEqualTo(70_000);
        assertThat(f.kojo().jishinHokenryo()).isEqualTo(18_000);
        assertThat(f.kojo().haigusha()).isEqualTo(330_000);
        assertThat(f.kojo().fuyo()).isEqualTo(330_000 + 450_000);
        assertThat(f.kojo().kiso()).isEqualTo(430_000);
        assertThat(f.kojo().gokei()).isEqualTo(1_971_450);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(768_000);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(280_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(8_400);
        assertThat(f.ken().choseiKojo()).isEqualTo(5_600);
    }
}
