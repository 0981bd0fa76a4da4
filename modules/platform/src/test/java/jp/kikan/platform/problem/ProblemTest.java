package jp.kikan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldBuildValidationProblemWithFirstViolationsCode() {
        Problem p = Problem.validation(List.of(
                FieldViolation.of("shimei", StandardErrorCode.E0001),
                new FieldViolation("seinengappi", StandardErrorCode.E0003, null, "8桁で指定してください")), "2件の誤り");

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo(URI.create("https://kikan.example/problems/validation"));
        assertThat(p.title()).isEqualTo("入力内容に誤りがあります");
        assertThat(p.code()).isEqualTo("E0001");
        assertThat(p.errors().get(0).message()).isEqualTo(StandardErrorCode.E0001.defaultMessage());
        assertThat(p.errors().get(1).message()).isEqualTo("8桁で指定してください");
    }

    @Test
    void shouldSerializeAsProblemJsonOmittingEmptyMembers() throws Exception {
        Problem p = Problem.validation(List.of(FieldViolation.of("shimei", StandardErrorCode.E0002)), "氏名に使用できない文字")
                .withInstance("/api/v1/residents");

        JsonNode json = mapper.readTree(mapper.writeValueAsString(p));

        assertThat(json.get("type").asText()).isEqualTo("https://kikan.example/problems/validation");
        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("instance").asText()).isEqualTo("/api/v1/residents");
        assertThat(json.get("code").asText()).isEqualTo("E0002");
        assertThat(json.get("errors").get(0).get("code").asText()).isEqualTo("E0002");
        assertThat(json.get("errors").get(0).has("rule")).isFalse();
        assertThat(mapper.readValue(mapper.writeValueAsString(p), Problem.class)).isEqualTo(p);

        JsonNode plain = mapper.readTree(mapper.writeValueAsString(Problem.of(503, "一時的に利用できません", null)));
        assertThat(plain.has("errors")).isFalse();
        assertThat(plain.has("detail")).isFalse();
        assertThat(plain.get("type").asText()).isEqualTo("about:blank");
    }

    @Test
    void shouldNameTheRuleInTypeAndCode() {
        Problem p = Problem.rule(409, "RR-TENNYU-001", "転入日が転出日より前です");

        assertThat(p.type()).isEqualTo(URI.create("https://kikan.example/problems/rule/RR-TENNYU-001"));
        assertThat(p.code()).isEqualTo("RR-TENNYU-001");
        assertThat(p.status()).isEqualTo(409);
        assertThat(Problem.MEDIA_TYPE).isEqualTo("application/problem+json");
    }

    @Test
    void shouldPercentEncodeARuleIdThatIsNotUriSafe() {
        assertThat(Problem.rule(422, "転入 001", "x").type().toASCIIString())
                .isEqualTo("https://kikan.example/problems/rule/%E8%BB%A2%E5%85%A5%20001");
    }

    @Test
    void shouldConvertRuleViolationToProblemWith422AndItsViolation() {
        RuleViolationException e = new RuleViolationException("RR-002", "idoYmd", StandardErrorCode.E0004,
                "異動日が届出日より後です");

        Problem p = e.toProblem("/api/v1/ido/123");

        assertThat(e.status()).isEqualTo(422);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.code()).isEqualTo("RR-002");
        assertThat(p.detail()).isEqualTo("異動日が届出日より後です");
        assertThat(p.instance()).isEqualTo("/api/v1/ido/123");
        assertThat(p.errors()).containsExactly(
                new FieldViolation("idoYmd", StandardErrorCode.E0004, "RR-002", "異動日が届出日より後です"));
    }

    @Test
    void shouldConvertRuleViolationWithoutFieldsToProblemWithoutErrors() {
        RuleViolationException e = new RuleViolationException("RR-003", "世帯主は一人です");

        assertThat(e.violations()).isEmpty();
        assertThat(e.toProblem(null).errors()).isEmpty();
        assertThat(e.rule()).isEqualTo("RR-003");
    }

    @Test
    void shouldRejectNonErrorStatusAndBlankRule() {
        assertThatThrownBy(() -> new RuleViolationException(200, "R", "m", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleViolationException(" ", "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveEveryStandardCodeAJapaneseDefaultMessage() {
        for (StandardErrorCode code : StandardErrorCode.values()) {
            assertThat(code.defaultMessage()).isNotBlank().matches(".*[\\p{IsHan}\\p{IsHiragana}].*");
        }
    }
}
