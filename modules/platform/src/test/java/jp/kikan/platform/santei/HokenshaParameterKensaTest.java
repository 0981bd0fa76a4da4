package jp.kikan.platform.santei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

class HokenshaParameterKensaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode doc() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"dantai_code": "999954", "name_ja": "ひがし市", "source": "ひがし市条例 https://example.jp",
                 "parameters": {"hasu": {"name_ja": "端数", "legal_basis": "条例", "source": "条例",
                   "values": [{"nendo": "R5..R6", "status": "confirmed", "value": 100},
                              {"nendo": "R8", "status": "inferred", "value": 1000}]}}}
                """);
    }

    private static String field(ObjectNode doc) {
        try {
            HokenshaParameterKensa.katachi(doc);
            return null;
        } catch (RuleViolationException e) {
            assertThat(e.status()).isEqualTo(422);
            return e.violations().get(0).field();
        }
    }

    @Test
    void shouldAcceptADocumentOfTheShippedFilesFormAndListItsNendos() throws Exception {
        assertThat(field(doc())).isNull();
        assertThat(HokenshaParameterKensa.nendos(doc().get("parameters"))).containsExactly(2023, 2024, 2026);
    }

    @Test
    void shouldNameTheFieldOfWhatIsWrong() throws Exception {
        ObjectNode noSource = doc();
        noSource.remove("source");
        assertThat(field(noSource)).isEqualTo("source");
        ObjectNode overlap = doc();
        ((ObjectNode) overlap.at("/parameters/hasu/values/1")).put("nendo", "R6..R8");
        assertThat(field(overlap)).isEqualTo("parameters.hasu.values[1].nendo");
        ObjectNode status = doc();
        ((ObjectNode) status.at("/parameters/hasu/values/0")).put("status", "maybe");
        assertThat(field(status)).isEqualTo("parameters.hasu.values[0].status");
        ObjectNode basis = doc();
        ((ObjectNode) basis.at("/parameters/hasu")).remove("legal_basis");
        assertThat(field(basis)).isEqualTo("parameters.hasu.legal_basis");
        assertThatThrownBy(() -> HokenshaParameterKensa.katachi(JSON.readTree("{}"))).isInstanceOf(RuleViolationException.class);
    }
}
