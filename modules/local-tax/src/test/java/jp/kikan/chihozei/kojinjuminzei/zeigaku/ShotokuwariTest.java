package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 課税標準 (1,000円未満切捨て), 所得割 at 6% / 4% or 指定都市 8% / 2%, an overlay rate (超過課税), 100円未満切捨て per part.
 */
@Tag("fn:kojin-juminzei.shotokuwari")
class ShotokuwariTest {

    @ParameterizedTest(name = "総所得金額等 {0} − 基礎控除 → 課税標準 {1}")
    @CsvSource({"2000999, 1570000", "2001000, 1571000", "430999, 0", "431000, 1000"})
    void shouldRoundTheTaxableIncomeDownToThousands(long jigyo, long kazei) {
        assertThat(Nyuryoku.reiwa(7).jigyo(jigyo).fuka().kazeiSoshotokuKingaku()).isEqualTo(kazei);
    }

    @Test
    @DisplayName("一般市 6% / 4%: 課税標準 1,571,000 → 94,260 − 1,500 = 92,760 → 92,700; 62,840 − 1,000 = 61,840 → 61,800")
    void shouldTaxAtSixAndFourPercentAndRoundEachPartToHundreds() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(2_001_000).fuka();
        assertThat(f.shi().zeiritsu()).isEqualTo("6%");
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(94_260);
        assertThat(f.ken().sanshutsuZeigaku()).isEqualTo(62_840);
        assertThat(f.shi().shotokuwari()).isEqualTo(92_700);
        assertThat(f.ken().shotokuwari()).isEqualTo(61_800);
    }

    @Test
    @DisplayName("指定都市 (新潟市) 8% / 2%, 調整控除 4% / 1%: 125,680 − 2,000 → 123,600; 31,420 − 500 → 30,900")
    void shouldTaxAtEightAndTwoPercentInADesignatedCity() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).city(Nyuryoku.NIIGATA).jigyo(2_001_000).fuka();
        assertThat(f.shi().zeiritsu()).isEqualTo("8%");
        assertThat(f.ken().zeiritsu()).isEqualTo("2%");
        assertThat(f.shi().sanshutsuZeigaku()).isEqualTo(125_680);
        assertThat(f.shi().choseiKojo()).isEqualTo(2_000);
        assertThat(f.ken().choseiKojo()).isEqualTo(500);
        assertThat(f.shi().shotokuwari()).isEqualTo(123_600);
        assertThat(f.ken().shotokuwari()).isEqualTo(30_900);
    }

    @Test
    @DisplayName("道府県の超過課税 (overlay shotokuwari_zeiritsu_ken, e.g. 4.025%): 63,232.75 − 1,000 → 62,200; the trace keeps the fraction")
    void shouldApplyAPrefectureRateFromItsOverlay() {
        ParameterRepository repo = Nyuryoku.repositoryWith("prefectures/990001-kaku.yaml", t -> t.replace("parameters: {}", """
                parameters:
                  shotokuwari_zeiritsu_ken:
                    name_ja: 県民税所得割の超過課税（架空県, test）
                    legal_basis: 地方税法第35条
                    source: test overlay
                    status: confirmed
                    values: [{nendo: R7, value: "4.025%"}]
                """));
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(2_001_000).fuka(repo);
        assertThat(f.ken().zeiritsu()).isEqualTo("4.025%");
        assertThat(f.ken().sanshutsuZeigaku()).isEqualTo(63_232);
        assertThat(f.ken().shotokuwari()).isEqualTo(62_200);
        SanteiKonkyo.Step step = f.santeiKonkyo().find("sanshutsu-zeigaku", "道府県民税").orElseThrow();
        assertThat(step.note()).contains("63232.75");
        assertThat(step.parameters().get(0).level()).isEqualTo("架空県 (990001)");
        assertThat(f.shi().zeiritsu()).isEqualTo("6%");
        assertThat(Nyuryoku.reiwa(6).jigyo(2_001_000).fuka(repo).ken().zeiritsu()).isEqualTo("4%");
    }

    @Test
    @DisplayName("所得割の非課税 (総所得金額等 45万円以下) では所得割 0")
    void shouldLevyNoIncomeLevyWhenExempt() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(7).jigyo(450_000).fuka();
        assertThat(f.hikazei().shotokuwariHikazei()).isTrue();
        assertThat(f.shi().shotokuwariSaishu()).isZero();
        assertThat(f.ken().shotokuwariSaishu()).isZero();
    }
}
