package jp.kikan.chihozei.kojinjuminzei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 算定根拠: every intermediate value records its rule, legal basis, inputs and the parameter values with their source;
 * the explanation is plain records, stored and read back as JSON unchanged.
 */
@Tag("fn:kojin-juminzei.santei-konkyo")
class SanteiKonkyoTest {

    private static KojinJuminzeiFuka niigata() {
        return Nyuryoku.reiwa(8).city(Nyuryoku.NIIGATA).born("1985-05-01").kyuyo(5_000_000).shakaiHokenryo(500_000)
                .haigusha("1986-07-01", 0).fuyo("2007-06-01", 0).fuyo("2011-06-01", 0).fuka();
    }

    @Test
    @DisplayName("the steps follow the computation: 所得 → 所得控除 → 人的控除差 → 非課税 → 課税標準 → 所得割 → 均等割 → 年税額")
    void shouldRecordEveryIntermediateValueInOrder() {
        List<String> ids = niigata().santeiKonkyo().steps().stream().map(SanteiKonkyo.Step::ruleId).distinct().toList();
        assertThat(ids).containsSubsequence("kyuyo-shotoku-kojogo", "kyuyo-shotoku", "gokei-shotoku-kingaku",
                "so-shotoku-kingaku-to", "shakai-hokenryo-kojo", "haigusha-kojo", "fuyo-kojo", "kiso-kojo", "shotoku-kojo-gokei",
                "jinteki-kojo-sa", "hikazei", "kazei-soshotoku-kingaku", "sanshutsu-zeigaku", "chosei-kojo", "shotokuwari",
                "shotokuwari-saishu", "kintowari", "shinrin-kankyozei", "nenzeigaku");
        Set<String> known = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        assertThat(ids).allMatch(known::contains);
    }

    @Test
    @DisplayName("each step names its legal basis; each parameter use its 年度, level, legal basis, public source and status")
    void shouldCarryLegalBasisAndSourcesEverywhere() {
        KojinJuminzeiFuka f = niigata();
        for (SanteiKonkyo.Step s : f.santeiKonkyo().steps()) {
            assertThat(s.legalBasis()).as(s.ruleId()).isNotBlank();
            for (SanteiKonkyo.ParameterUse u : s.parameters()) {
                assertThat(u.nendo()).as(u.id()).isEqualTo("令和8年度");
                assertThat(u.source()).as(u.id()).isNotBlank();
                assertThat(u.legalBasis()).as(u.id()).isNotBlank();
                assertThat(u.status()).as(u.id()).isIn("confirmed", "inferred", "unconfirmed");
            }
        }
        SanteiKonkyo.Step kyuyo = f.santeiKonkyo().find("kyuyo-shotoku-kojogo").orElseThrow();
        assertThat(kyuyo.inputs()).containsExactly(SanteiKonkyo.Input.of("給与収入", 5_000_000));
        assertThat(kyuyo.parameters().get(0).value()).isEqualTo("3,600,000〜6,599,999: A(収入÷4, 1000円未満切捨て)×3.2−440,000");
        assertThat(kyuyo.parameters().get(0).status()).isEqualTo("unconfirmed");
        assertThat(kyuyo.parameters().get(0).source()).contains("https://www.city.nago.okinawa.jp/");
        SanteiKonkyo.Step rate = f.santeiKonkyo().find("sanshutsu-zeigaku", "市町村民税").orElseThrow();
        assertThat(rate.parameters().get(0).id()).isEqualTo("shotokuwari_zeiritsu_shitei_toshi");
        assertThat(rate.parameters().get(0).legalBasis()).contains("第314条の3");
        assertThat(f.santeiKonkyo().find("hikazei").orElseThrow().parameters())
                .anySatisfy(u -> assertThat(u.level()).isEqualTo("新潟市 (151009)"));
        assertThat(f.santeiKonkyo().find("nenzeigaku").orElseThrow().value()).isEqualTo(194_500);
    }

    @Test
    @DisplayName("the explanation reads as Japanese lines for a citizen: value, inputs, article, parameters with their status")
    void shouldExplainItselfInLinesACitizenCanRead() {
        List<String> lines = niigata().santeiKonkyo().setsumei();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("給与所得控除後の給与等の金額 3,560,000円 ← 給与収入 5,000,000")
                .contains("〔所得税法第28条").contains("unconfirmed"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("調整控除（市町村民税） 6,000円").contains("〔地方税法第314条の6・第37条〕"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("非課税の判定 該当なし"));
        assertThat(lines.get(lines.size() - 1)).startsWith("年税額 194,500円");
    }

    @Test
    @DisplayName("the assessment with its 算定根拠 is JSON-serialisable as it is and reads back equal")
    void shouldStoreTheAssessmentAsJsonAndReadItBack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        KojinJuminzeiFuka f = niigata();
        String text = json.writeValueAsString(f);
        assertThat(text).contains("\"ruleId\":\"chosei-kojo\"").contains("\"legalBasis\":\"地方税法第314条の6・第37条\"");
        assertThat(json.readValue(text, KojinJuminzeiFuka.class)).isEqualTo(f);
    }
}
