package jp.kikan.chihozei.kojinjuminzei.zeigaku;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 均等割 by 年度 (滑川町, 鎌倉市), 超過課税 of the prefecture and the municipality, 森林環境税 (令和6年度〜). */
@Tag("fn:kojin-juminzei.kintowari")
class KintowariTest {

    @ParameterizedTest(name = "令和{0}年度 → 市 {1} / 県 {2} / 森林環境税 {3}")
    @CsvSource({"3, 3500, 1500, 0", "5, 3500, 1500, 0", "6, 3000, 1000, 1000", "7, 3000, 1000, 1000", "8, 3000, 1000, 1000"})
    void shouldLevyTheStandardAmountsOfEachYear(int reiwa, long shi, long ken, long shinrin) {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(reiwa).kyuyo(3_000_000).fuka();
        assertThat(f.shi().kintowari()).isEqualTo(shi);
        assertThat(f.ken().kintowari()).isEqualTo(ken);
        assertThat(f.shinrinKankyozei()).isEqualTo(shinrin);
    }

    @Test
    @DisplayName("広島県の超過課税 (令和6年度 500円) → 県民税均等割 1,500")
    void shouldAddThePrefecturesExcessAmount() {
        assertThat(Nyuryoku.reiwa(6).city(Nyuryoku.HIROSHIMA).kyuyo(3_000_000).fuka().ken().kintowari()).isEqualTo(1_500);
    }

    @Test
    @DisplayName("市町村の超過課税 (overlay kintowari_shi_chokakazei, e.g. 900円) → 市民税均等割 3,900")
    void shouldAddTheMunicipalitysExcessAmount() {
        ParameterRepository repo = Nyuryoku.repositoryWith("municipalities/999997-minami.yaml", t -> t.replace("parameters:\n", """
                parameters:
                  kintowari_shi_chokakazei:
                    name_ja: 市民税均等割の超過課税（test）
                    legal_basis: 地方税法第310条
                    source: test overlay
                    status: confirmed
                    values: [{nendo: R7, value: 900}]
                """));
        assertThat(Nyuryoku.reiwa(7).kyuyo(3_000_000).fuka(repo).shi().kintowari()).isEqualTo(3_900);
    }

    @Test
    @DisplayName("均等割が非課税なら森林環境税も課さない (3級地 合計所得 380,000)")
    void shouldNotLevyTheForestTaxWhenTheCapitationIsExempt() {
        KojinJuminzeiFuka f = Nyuryoku.reiwa(6).jigyo(380_000).fuka();
        assertThat(f.hikazei().kintowariHikazei()).isTrue();
        assertThat(f.shi().kintowari()).isZero();
        assertThat(f.ken().kintowari()).isZero();
        assertThat(f.shinrinKankyozei()).isZero();
        assertThat(f.nenZeigaku()).isZero();
    }
}
