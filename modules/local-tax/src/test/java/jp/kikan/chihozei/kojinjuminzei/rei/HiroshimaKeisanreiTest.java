package jp.kikan.chihozei.kojinjuminzei.rei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 広島市 (指定都市) 計算例 — three pages, each reproduced as far as the page read shows it. */
@Tag("fn:kojin-juminzei.keisan")
class HiroshimaKeisanreiTest {

    /** 夫婦と子ども2人 (妻45歳, 子17歳 一般扶養・20歳 特定扶養), 給与 9,000,000, 社保 900,000, 旧一般生命 240,000, 地震 20,000. */
    private static Nyuryoku family(int reiwa) {
        int y = 2018 + reiwa - 1; // the income year
        return Nyuryoku.reiwa(reiwa).city(Nyuryoku.HIROSHIMA).born((y - 47) + "-05-01").kyuyo(9_000_000)
                .shakaiHokenryo(900_000).seimei(0, 240_000, 0, 0, 0).jishin(20_000).haigusha((y - 45) + "-05-01", 0)
                .fuyo((y - 17) + "-05-01", 0).fuyo((y - 20) + "-05-01", 0);
    }

    @Test
    @DisplayName("広島市 計算例（給与収入850万円超） https://www.city.hiroshima.lg.jp/soshiki/26/202118.html: 所得金額調整控除 50,000, 課税所得 4,515,000, 調整控除の最低額 50,000×4%/1%")
    void shouldReproduceHiroshimaExampleAboveEightPointFiveMillion() {
        KojinJuminzeiFuka f = family(4).fuka();
        assertThat(f.shotoku().kyuyoShotokuKojogo()).isEqualTo(7_050_000);
        assertThat(f.shotoku().choseiKojoKosodate()).isEqualTo(50_000);
        assertThat(f.shotoku().kyuyoShotoku()).isEqualTo(7_000_000);
        assertThat(f.kojo().seimeiHokenryo()).isEqualTo(35_000);
        assertThat(f.kojo().jishinHokenryo()).isEqualTo(10_000);
        assertThat(f.kojo().haigusha()).isEqualTo(330_000);
        assertThat(f.kojo().fuyo()).isEqualTo(330_000 + 450_000);
        assertThat(f.kojo().gokei()).isEqualTo(2_485_000);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(330_000);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(4_515_000);
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(361_200);
        assertThat(f.ken().sanshutsuZeigaku()).isEqualTo(90_300);
        assertThat(f.shi().choseiKojo()).isEqualTo(2_000);
        assertThat(f.ken().choseiKojo()).isEqualTo(500);
        assertThat(f.shi().shotokuwari()).isEqualTo(359_200);
        assertThat(f.ken().shotokuwari()).isEqualTo(89_800);
    }

    @Test
    @DisplayName("広島市 令和6年度 計算例（定額減税） https://www.city.hiroshima.lg.jp/living/zei/1006016/1025578/1025579/1019103.html: 減税 40,000 = 市 32,000 + 県 8,000; 均等割 3,000 / 1,500, 森林環境税 1,000")
    void shouldReproduceHiroshimaReiwa6ExampleWithTheFlatTaxCut() {
        KojinJuminzeiFuka f = family(6).fuka();
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(4_515_000);
        assertThat(f.shi().shotokuwari()).isEqualTo(359_200);
        assertThat(f.ken().shotokuwari()).isEqualTo(89_800);
        assertThat(f.shi().teigakuGenzei()).isEqualTo(32_000);
        assertThat(f.ken().teigakuGenzei()).isEqualTo(8_000);
        assertThat(f.shi().kintowari()).isEqualTo(3_000);
        assertThat(f.ken().kintowari()).isEqualTo(1_500);
        assertThat(f.shinrinKankyozei()).isEqualTo(1_000);
        // 市民税額 (シ − セ + タ) and 県民税額 as the page composes them (its totals lie beyond the part read)
        assertThat(f.shi().zeigaku()).isEqualTo(359_200 - 32_000 + 3_000);
        assertThat(f.ken().zeigaku()).isEqualTo(89_800 - 8_000 + 1_500);
    }

    @Test
    @DisplayName("広島市 計算例（給与所得と年金所得、給与収入850万円超） https://www.city.hiroshima.lg.jp/soshiki/26/202126.html: 所得金額調整控除 50,000 + 100,000, 年金 900,000, 同居特別障害者 530,000, 課税所得 5,715,000")
    void shouldReproduceHiroshimaExampleWithSalaryAndPension() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(4).city(Nyuryoku.HIROSHIMA).born("1950-05-01").kyuyo(9_000_000).nenkin(2_000_000)
                .shakaiHokenryo(700_000).seimei(0, 240_000, 0, 0, 0).jishin(20_000)
                .haigusha(Nyuryoku.shinzoku("1951-05-01", 0, ShogaiKubun.TOKUBETSU_SHOGAISHA, true, false)).fuka();
        assertThat(f.shotoku().kyuyoShotokuKojogo()).isEqualTo(7_050_000);
        assertThat(f.shotoku().choseiKojoKosodate()).isEqualTo(50_000);
        assertThat(f.shotoku().choseiKojoKyuyoNenkin()).isEqualTo(100_000);
        assertThat(f.shotoku().kyuyoShotoku()).isEqualTo(6_900_000);
        assertThat(f.shotoku().kotekiNenkinShotoku()).isEqualTo(900_000);
        SanteiKonkyo.Step nenkin = f.santeiKonkyo().find("koteki-nenkin-zatsu-shotoku").orElseThrow();
        assertThat(nenkin.inputs()).contains(SanteiKonkyo.Input.of("公的年金等に係る雑所得以外の合計所得金額", 7_000_000));
        assertThat(f.kojo().shakaiHokenryo()).isEqualTo(700_000);
        assertThat(f.kojo().haigusha()).isEqualTo(380_000);
        assertThat(f.kojo().shogaisha()).isEqualTo(530_000);
        assertThat(f.kojo().gokei()).isEqualTo(2_085_000);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(370_000);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(5_715_000);
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(457_200);
    }
}
