package jp.kikan.chihozei.kojinjuminzei.rei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 新潟市「計算例」 https://www.city.niigata.lg.jp/kurashi/zei/siraberu/kojin/keisanrei.html (最終更新日 2026年1月30日),
 * 給与所得者の場合(1): 令和8年度 (令和7年中の収入), 指定都市 8% / 2%, 調整控除 4% / 1%.
 */
@Tag("fn:kojin-juminzei.keisan")
class NiigataKeisanreiTest {

    /** 夫婦・子供2人 (配偶者は収入なし、子供は18歳と14歳), 給与収入 5,000,000円, 社会保険料 500,000円. */
    static KojinJuminzeiFuka rei1() {
        return Nyuryoku.reiwa(8).city(Nyuryoku.NIIGATA).born("1985-05-01").kyuyo(5_000_000).shakaiHokenryo(500_000)
                .haigusha("1986-07-01", 0).fuyo("2007-06-01", 0).fuyo("2011-06-01", 0).fuka();
    }

    @Test
    @DisplayName("新潟市 計算例 給与所得者の場合(1) 令和8年度: 所得 3,560,000 → 控除 1,590,000 → 課税標準 1,970,000 → 年税額 194,500")
    void shouldReproduceNiigataExampleOneToTheYen() {
        KojinJuminzeiFuka f = rei1();
        assertThat(f.shotoku().kyuyoShotoku()).isEqualTo(3_560_000);
        assertThat(f.kojo().shakaiHokenryo()).isEqualTo(500_000);
        assertThat(f.kojo().haigusha()).isEqualTo(330_000);
        assertThat(f.kojo().haigushaTokubetsu()).isZero();
        assertThat(f.kojo().fuyo()).isEqualTo(330_000);
        assertThat(f.kojo().kiso()).isEqualTo(430_000);
        assertThat(f.kojo().gokei()).isEqualTo(1_590_000);
        assertThat(f.kazeiSoshotokuKingaku()).isEqualTo(1_970_000);
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(157_600);
        assertThat(f.ken().sanshutsuZeigaku()).isEqualTo(39_400);
        assertThat(f.kojo().jintekiKojoSa()).isEqualTo(150_000);
        assertThat(f.shi().choseiKojo()).isEqualTo(6_000);
        assertThat(f.ken().choseiKojo()).isEqualTo(1_500);
        assertThat(f.shi().shotokuwariSaishu()).isEqualTo(151_600);
        assertThat(f.ken().shotokuwariSaishu()).isEqualTo(37_900);
        assertThat(f.shi().kintowari()).isEqualTo(3_000);
        assertThat(f.ken().kintowari()).isEqualTo(1_000);
        assertThat(f.shinrinKankyozei()).isEqualTo(1_000);
        assertThat(f.shi().zeigaku()).isEqualTo(154_600);
        assertThat(f.ken().zeigaku()).isEqualTo(38_900);
        assertThat(f.nenZeigaku()).isEqualTo(194_500);
    }
}
