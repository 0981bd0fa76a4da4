package jp.kikan.chihozei.kojinjuminzei.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterSource;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped parameter files load, and every kind of broken file is refused with a message saying where. */
@Tag("fn:kojin-juminzei.parameter")
class ParameterLoaderTest {

    private static final String NIIGATA = "151009";
    private static final String HIROSHIMA = "341002";
    private static final String MINAMI = "999997";

    /** The shipped files with one file changed. */
    private static ParameterRepository loadWith(String file, UnaryOperator<String> change) {
        ParameterSource defaults = ParameterSource.classpath();
        return ParameterLoader.load(name -> {
            String text = defaults.read(name);
            if (!name.equals(file)) {
                return text;
            }
            String changed = change.apply(text);
            assertThat(changed).as("the test's change applies to " + file).isNotEqualTo(text);
            return changed;
        });
    }

    @Test
    void shouldLoadTheShippedParametersForEveryYearFromReiwa3To8() {
        ParameterRepository repo = ParameterLoader.loadDefaults();
        assertThat(repo.nendo()).extracting(Nendo::key).containsExactly("R3", "R4", "R5", "R6", "R7", "R8");
        for (Nendo n : repo.nendo()) {
            KojinJuminzeiParameters p = repo.parameters(n, MINAMI);
            assertThat(p.ids()).as(n.label()).isNotEmpty();
            assertThat(p.kyuyoShotoku().ref().nendo()).isEqualTo(n.label());
        }
    }

    @Test
    void shouldApplyTheMunicipalityOverlayForADesignatedCity() {
        KojinJuminzeiParameters p = ParameterLoader.loadDefaults().parameters(Nendo.ofReiwa(8), NIIGATA);
        assertThat(p.shiteiToshi()).isTrue();
        assertThat(p.kyuchi()).map(Param::value).contains(2);
        assertThat(p.shotokuwariHyojunZeiritsu().value()).isEqualTo(new ShiKen<>(Ritsu.parse("8%"), Ritsu.parse("2%")));
        assertThat(p.shotokuwariHyojunZeiritsu().ref().id()).isEqualTo("shotokuwari_zeiritsu_shitei_toshi");
        assertThat(p.dantai().label()).isEqualTo("新潟県新潟市 (151009)");
    }

    @Test
    void shouldApplyThePrefectureOverlayOnlyForTheYearsItLists() {
        ParameterRepository repo = ParameterLoader.loadDefaults();
        Param<Long> r6 = repo.parameters(Nendo.ofReiwa(6), HIROSHIMA).kintowariKenChokakazei().orElseThrow();
        assertThat(r6.value()).isEqualTo(500L);
        assertThat(r6.ref().level()).isEqualTo("広島県 (340006)");
        assertThat(r6.ref().source()).contains("https://www.city.hiroshima.lg.jp/");
        assertThat(repo.parameters(Nendo.ofReiwa(5), HIROSHIMA).kintowariKenChokakazei()).isEmpty();
    }

    @Test
    void shouldCarryLegalBasisSourceAndStatusWithEveryValue() {
        KojinJuminzeiParameters p = ParameterLoader.loadDefaults().parameters(Nendo.ofReiwa(8), MINAMI);
        ParameterRef ref = p.kyuyoShotoku().ref();
        assertThat(ref.legalBasis()).contains("所得税法第28条").contains("地方税法第32条");
        assertThat(ref.source()).contains("https://www.city.nago.okinawa.jp/");
        assertThat(ref.level()).isEqualTo("全国");
        assertThat(p.haigushaTokubetsuKojo().ref().status()).isEqualTo(ParameterStatus.UNCONFIRMED);
        assertThat(p.kisoKojo().ref().status()).isEqualTo(ParameterStatus.CONFIRMED);
    }

    @Test
    void shouldRefuseAFiscalYearWithoutParameters() {
        assertThatThrownBy(() -> ParameterLoader.loadDefaults().parameters(Nendo.ofReiwa(9), MINAMI))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("nendo-parameters");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("nendo");
                        assertThat(v.code()).isEqualTo(StandardErrorCode.E0004);
                        assertThat(v.message()).contains("令和9年度").contains("令和3年度〜令和8年度");
                    });
                });
    }

    @Test
    void shouldRefuseAMunicipalityWithoutParameters() {
        assertThatThrownBy(() -> ParameterLoader.loadDefaults().parameters(Nendo.ofReiwa(7), "999989"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("shikuchosonkodo");
                            assertThat(v.message()).contains("999989");
                        }));
    }

    @Test
    void shouldRefuseAnUnknownKeyNamingFileAndPath() {
        assertThatThrownBy(() -> loadWith("shotoku.yaml", t -> t.replace("kojo: 550000}", "kojoo: 550000}")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("shotoku.yaml: kyuyo_shotoku.values[0].value[1]: unknown key 'kojoo'");
    }

    @Test
    void shouldRefuseAnUnknownParameter() {
        assertThatThrownBy(() -> loadWith("hikazei.yaml", t -> t + "\nhikazei_typo:\n  name_ja: x\n"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("hikazei.yaml: unknown parameter 'hikazei_typo'");
    }

    @Test
    void shouldRefuseANationalParameterWithAMissingYear() {
        assertThatThrownBy(() -> loadWith("kintowari.yaml",
                t -> t.replace("- {nendo: R3..R5, value: {shi: 3500, ken: 1500}}", "- {nendo: R4..R5, value: {shi: 3500, ken: 1500}}")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("kintowari.yaml: kintowari: no value for R3 (令和3年度)");
    }

    @Test
    void shouldRefuseOverlappingYears() {
        assertThatThrownBy(() -> loadWith("kintowari.yaml",
                t -> t.replace("- {nendo: R6..R8, value: {shi: 3000, ken: 1000}}", "- {nendo: R5..R8, value: {shi: 3000, ken: 1000}}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("overlaps R3..R5");
    }

    @Test
    void shouldRefuseAGapInABracketTable() {
        assertThatThrownBy(() -> loadWith("shotoku.yaml", t -> t.replace("{from: 1619000, to: 1619999", "{from: 1619001, to: 1619999")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("kyuyo_shotoku.values[0].value: bracket table: gap between row 2 (to 1618999) and row 3 (from 1619001)");
    }

    @Test
    void shouldRefuseABracketTableWhoseLastRowIsClosed() {
        assertThatThrownBy(() -> loadWith("shotoku-kojo.yaml", t -> t.replace("{from: 25000001, kojo: 0}", "{from: 25000001, to: 99999999, kojo: 0}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("the last row must have no upper end");
    }

    @Test
    void shouldRefuseARateWrittenAsABareNumber() {
        assertThatThrownBy(() -> loadWith("zeigaku.yaml", t -> t.replace("{shi: \"6%\", ken: \"4%\"}", "{shi: 0.06, ken: \"4%\"}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("write a rate as quoted text");
    }

    @Test
    void shouldRefuseADuplicateKey() {
        assertThatThrownBy(() -> loadWith("hikazei.yaml", t -> t.replace("  status: confirmed\n  note: judged", "  status: confirmed\n  status: inferred\n  note: judged")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("hikazei.yaml: not valid YAML").hasMessageContaining("status");
    }

    @Test
    void shouldRefuseAnIncomeYearThatDoesNotMatchTheFiscalYear() {
        assertThatThrownBy(() -> loadWith("shotoku.yaml", t -> t.replace("shotoku_nen: 令和7年分\n", "shotoku_nen: 令和8年分\n")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("shotoku_nen of R8 is 令和7年分, found '令和8年分'");
    }

    @Test
    void shouldRefuseANationalParameterInAMunicipalityFile() {
        assertThatThrownBy(() -> loadWith("municipalities/999997-minami.yaml", t -> t.replace("parameters:\n", """
                parameters:
                  kiso_kojo:
                    name_ja: x
                    legal_basis: x
                    source: x
                    status: confirmed
                    values: [{nendo: R6, value: [{from: 0, kojo: 1}]}]
                """)))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("'kiso_kojo' cannot be set by a municipality");
    }

    @Test
    void shouldRefuseAMunicipalityCodeWithAWrongCheckDigit() {
        assertThatThrownBy(() -> loadWith("municipalities/999997-minami.yaml", t -> t.replace("\"999997\"", "\"999998\"")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("valid check digit: 999998");
    }
}
