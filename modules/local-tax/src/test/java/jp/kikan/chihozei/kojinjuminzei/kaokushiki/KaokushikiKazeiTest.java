package jp.kikan.chihozei.kojinjuminzei.kaokushiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.Nyuryoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KaokushikiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KaokushikiKazeiPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.santei.SanteiKonkyo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 家屋敷課税 (地方税法第294条第1項第2号・第24条第1項第2号): the 均等割 only, with the 超過課税, no 所得割; no 森林環境税
 * (parameter kaokushiki_shinrin_kankyozei, sources 十和田市・那須町・邑南町); the reach of 第295条 by the parameter
 * kaokushiki_hikazei (unconfirmed: its default and a municipality's overlay are both tested).
 */
@Tag("fn:kojin-juminzei.kaokushiki-kazei")
class KaokushikiKazeiTest {

    private static final List<KaokushikiKiso.Jimusho> KAOKU = List.of(new KaokushikiKiso.Jimusho("家屋敷", "みなみ市本町1番地"));

    /** The demo city's overlay with kaokushiki_hikazei set as a municipality whose 条例 lets every 非課税 reach it. */
    private static final ParameterRepository EVERY_HIKAZEI_REACHES = Nyuryoku.repositoryWith("municipalities/999997-minami.yaml",
            t -> t.replace("parameters:\n", """
                    parameters:
                      kaokushiki_hikazei:
                        name_ja: 家屋敷課税の均等割に及ぶ非課税（試験用の条例）
                        legal_basis: 地方税法第295条第1項・第3項
                        source: fictional (test)
                        status: unconfirmed
                        values:
                          - {nendo: R3..R8, value: {seikatsu_hogo: true, shogaisha_to: true, kintowari_shotoku: true}}
                    """));

    private static KojinJuminzeiFuka fuka(int reiwa, String code, KaokushikiKiso.JushochiJokyo jokyo) {
        return fuka(Nyuryoku.PARAMETERS, reiwa, code, jokyo);
    }

    private static KojinJuminzeiFuka fuka(ParameterRepository r, int reiwa, String code, KaokushikiKiso.JushochiJokyo jokyo) {
        Nendo nendo = Nendo.ofReiwa(reiwa);
        return KaokushikiKazeiPolicy.fuka(new KaokushikiKiso(nendo, code, KAOKU, jokyo), r.parameters(nendo, code));
    }

    private static KaokushikiKiso.JushochiJokyo nashi() {
        return KaokushikiKiso.JushochiJokyo.nashi();
    }

    @ParameterizedTest(name = "令和{0}年度: 市 {1} + 県 {2} = {3}, 森林環境税 0")
    @CsvSource({"5, 3500, 1500, 5000", "6, 3000, 1000, 4000", "7, 3000, 1000, 4000", "8, 3000, 1000, 4000"})
    void shouldLevyOnlyTheKintowariAndNoForestTaxForAPlaceHeldOnJanuaryFirst(int reiwa, long shi, long ken, long nen) {
        KojinJuminzeiFuka f = fuka(reiwa, Nyuryoku.MINAMI, nashi());
        assertThat(f.shi().kintowari()).isEqualTo(shi);
        assertThat(f.ken().kintowari()).isEqualTo(ken);
        assertThat(f.shi().shotokuwariSaishu()).isZero();
        assertThat(f.ken().shotokuwariSaishu()).isZero();
        assertThat(f.shinrinKankyozei()).isZero();
        assertThat(f.nenZeigaku()).isEqualTo(nen);
        SanteiKonkyo.Step basis = f.santeiKonkyo().find("kaokushiki-kazei").orElseThrow();
        assertThat(basis.legalBasis()).contains("第294条第1項第2号");
        assertThat(basis.inputs()).extracting(SanteiKonkyo.Input::text).containsExactly("みなみ市本町1番地");
        assertThat(f.santeiKonkyo().find("shinrin-kankyozei").orElseThrow().parameters())
                .extracting(SanteiKonkyo.ParameterUse::id).containsExactly("kaokushiki_shinrin_kankyozei");
    }

    @Test
    void shouldAddThePrefecturesExcessTaxToTheKintowari() {
        // 広島県 ひろしまの森づくり県民税 500円 (令和6年度, 広島市の案内): 県民税均等割 1,500円 also for the 家屋敷課税
        KojinJuminzeiFuka f = fuka(6, "341002", nashi());
        assertThat(f.ken().kintowari()).isEqualTo(1500);
        assertThat(f.nenZeigaku()).isEqualTo(4500);
    }

    @Test
    void shouldTaxNothingWhenThePersonIsOnLivelihoodAssistance() {
        KojinJuminzeiFuka f = fuka(7, Nyuryoku.MINAMI, new KaokushikiKiso.JushochiJokyo(true, false, null, 1));
        assertThat(f.nenZeigaku()).isZero();
        assertThat(f.hikazei().zengakuHikazei()).isTrue();
        assertThat(f.hikazei().riyu()).contains("生活扶助");
    }

    @Test
    void shouldStillLevyTheKintowariOnADisabledPersonUnderTheLimitByDefault() {
        // 第295条第1項: its 第2号 非課税 does not take the 均等割 of a 第294条第1項第2号 person (parameter default)
        KojinJuminzeiFuka f = fuka(7, Nyuryoku.MINAMI, new KaokushikiKiso.JushochiJokyo(false, true, 1_000_000L, 1));
        assertThat(f.nenZeigaku()).isEqualTo(4000);
        assertThat(f.santeiKonkyo().find("kaokushiki-hikazei").orElseThrow().parameters().get(0).status()).isEqualTo("unconfirmed");
    }

    @Test
    void shouldExemptADisabledPersonUpTo1350000WhereTheMunicipalityLetsItReach() {
        assertThat(fuka(EVERY_HIKAZEI_REACHES, 7, Nyuryoku.MINAMI,
                new KaokushikiKiso.JushochiJokyo(false, true, 1_350_000L, 1)).nenZeigaku()).isZero();
        assertThat(fuka(EVERY_HIKAZEI_REACHES, 7, Nyuryoku.MINAMI,
                new KaokushikiKiso.JushochiJokyo(false, true, 1_350_001L, 1)).nenZeigaku()).isEqualTo(4000);
    }

    @Test
    void shouldApplyTheIncomeLimitOfTheGradeWhereTheMunicipalityLetsItReach() {
        // みなみ市 3級地, 1人: 280,000 × 1 + 100,000 = 380,000 以下なら均等割 非課税
        assertThat(fuka(EVERY_HIKAZEI_REACHES, 7, Nyuryoku.MINAMI,
                new KaokushikiKiso.JushochiJokyo(false, false, 380_000L, 1)).nenZeigaku()).isZero();
        assertThat(fuka(EVERY_HIKAZEI_REACHES, 7, Nyuryoku.MINAMI,
                new KaokushikiKiso.JushochiJokyo(false, false, 380_001L, 1)).nenZeigaku()).isEqualTo(4000);
        // by default (not confirmed that 第3項 reaches it) the income is not looked at
        assertThat(fuka(7, Nyuryoku.MINAMI, new KaokushikiKiso.JushochiJokyo(false, false, 0L, 1)).nenZeigaku()).isEqualTo(4000);
    }

    @Test
    void shouldLevyTheForestTaxOnlyWhereItsParameterSaysSo() {
        ParameterRepository levied = Nyuryoku.repositoryWith("kaokushiki.yaml",
                t -> t.replace("- {nendo: R3..R8, value: false}", "- {nendo: R3..R8, value: true}"));
        assertThat(fuka(levied, 7, Nyuryoku.MINAMI, nashi()).shinrinKankyozei()).isEqualTo(1000);
        assertThat(fuka(levied, 7, Nyuryoku.MINAMI, nashi()).nenZeigaku()).isEqualTo(5000);
    }

    @Test
    void shouldRefuseAnAssessmentWithoutAPlaceHeld() {
        assertThatThrownBy(() -> new KaokushikiKiso(Nendo.ofReiwa(7), Nyuryoku.MINAMI, List.of(), nashi()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
