package jp.kikan.chihozei.kojinjuminzei.rei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 出水市「市民税・県民税(住民税)を計算してみましょう」 https://www.city.kagoshima-izumi.lg.jp/page/page_20047.html
 * (更新日 2022年10月7日; the page read does not name the 年度 — the rules used are the same for 令和4〜7年度, Kikan runs
 * it as 令和4年度). 出水鶴太郎さん (45歳), 妻 (40歳, パート収入 1,200,000円 → 所得 650,000円), 子 19歳・17歳・12歳, 給与収入
 * 5,500,000円, 社会保険料 275,000円, 旧一般生命保険料 100,000円, 地震保険料 40,000円.
 */
@Tag("fn:kojin-juminzei.keisan")
class IzumiKeisanreiTest {

    @Test
    @DisplayName("出水市 出水鶴太郎さん: 給与所得 3,960,000 − 控除 1,870,000 = 2,090,000; 調整控除 190,000 × 3% / 2%; 市 119,700 県 79,800")
    void shouldReproduceIzumiTsurutaroToTheYen() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(4).city(Nyuryoku.IZUMI).born("1976-05-01").kyuyo(5_500_000)
                .shakaiHokenryo(275_000).seimei(0, 100_000, 0, 0, 0).jishin(40_000).haigusha("1981-05-01", 650_000)
                .fuyo("2002-05-01", 0).fuyo("2004-05-01", 0).fuyo("2009-05-01", 0).fuka();
        assertThat(f.shotoku().kyuyoShotoku()).isEqualTo(3_960_000);
        assertThat(f.kojo().shakaiHokenryo()).isEqualTo(275_000);
        assertThat(f.kojo().seimeiHokenryo()).isEqualTo(35_000);
        assertThat(f.kojo().jishinHokenryo()).isEqualTo(20_000);
        assertThat(f.kojo().haigushaTokubetsu()).isEqualTo(330_000);
        assertThat(f.kojo().fuyo()).isEqualTo(780_000);
        assertThat(f.kojo().kiso()).isEqualTo(430_000);
        assertThat(f.kojo().gokei()).isEqualTo(1_870_000);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(2_090_000);
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(125_400);
        assertThat(f.ken().sanshutsuZeigaku()).isEqualTo(83_600);
        // 人的控除額の差 280,000: 基礎 5万 + 一般扶養 5万 + 特定扶養 18万 (配偶者特別控除: 配偶者の所得 65万 → 差 0)
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(280_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(5_700);
        assertThat(f.ken().choseiKojo()).isEqualTo(3_800);
        assertThat(f.shi().shotokuwari()).isEqualTo(119_700);
        // the page shows "83,600円 - 3,800円 =" where the part read ends
        assertThat(f.ken().shotokuwari()).isEqualTo(79_800);
    }
}
