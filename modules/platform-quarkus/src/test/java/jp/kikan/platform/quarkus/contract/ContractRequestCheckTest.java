package jp.kikan.platform.quarkus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract check refuses what the contract forbids, naming the field with the standard's code. */
class ContractRequestCheckTest {

    private static ContractRequestCheck check;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ContractRequestCheckTest.class.getResourceAsStream("/contract/test-v1.yaml")) {
            check = ContractRequestCheck.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Problem post(String json) {
        return check.check(new ContractRequest("POST", "/v1/things", Map.of(),
                Map.of("Idempotency-Key", List.of("key-12345678")), "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
    }

    static Problem get(String path, Map<String, List<String>> query) {
        return check.check(new ContractRequest("GET", path, new LinkedHashMap<>(query), Map.of(), null, null));
    }

    private static List<String> fields(Problem p) {
        assertThat(p).as("refused").isNotNull();
        return p.errors().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void shouldAcceptAWellFormedRequest() {
        assertThat(post("{\"name\":\"𠮷﨑\",\"kinds\":[\"hakko\"],\"note\":\"一行目\\n二行目\"}")).isNull();
        assertThat(get("/v1/things", Map.of("name", List.of("髙橋"), "limit", List.of("100")))).isNull();
        assertThat(get("/v1/things/123", Map.of())).isNull();
    }

    @Test
    void shouldRefuseANullArrayItemAndAPaddedEnumValue() {
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[null]}"))).containsExactly("kinds[0]:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\" hakko \"]}"))).containsExactly("kinds[0]:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"hakko\"],\"pairs\":[null]}"))).containsExactly("pairs[0]:E0002");
    }

    @Test
    void shouldRefuseMissingAndUndeclaredPropertiesOneEntryEach() {
        assertThat(fields(post("{\"count\":1}"))).containsExactlyInAnyOrder("name:E0001", "kinds:E0001");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"],\"extra\":1,\"pairs\":[{\"id\":\"1\",\"label\":\"x\",\"y\":2}]}")))
                .containsExactlyInAnyOrder("extra:E0002", "pairs[0].y:E0002");
    }

    @Test
    void shouldRefuseScalarsOfTheWrongKind() {
        assertThat(fields(post("{\"name\":1,\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"],\"count\":\"3\"}"))).containsExactly("count:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"],\"flag\":\"yes\"}"))).containsExactly("flag:E0002");
        assertThat(fields(get("/v1/things", Map.of("active", List.of("maybe"))))).containsExactly("active:E0002");
    }

    @Test
    void shouldRefuseLengthsAndRangesWithE0003() {
        assertThat(fields(post("{\"name\":\"12345678901\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0003");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[]}"))).containsExactly("kinds:E0003");
        assertThat(fields(get("/v1/things", Map.of("limit", List.of("0"))))).containsExactly("limit:E0003");
        assertThat(fields(get("/v1/things", Map.of("limit", List.of("101"))))).containsExactly("limit:E0003");
    }

    @Test
    void shouldRefuseControlCharactersLoneSurrogatesAndReplacementCharacters() {
        assertThat(fields(post("{\"name\":\"a\\u0000b\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        assertThat(fields(post("{\"name\":\"\\ud842\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        assertThat(fields(post("{\"name\":\"a\\u0085\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        assertThat(fields(post("{\"name\":\"a\\nb\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"],\"note\":\"x\\u0000\"}"))).containsExactly("note:E0002");
        assertThat(fields(get("/v1/things", Map.of("name", List.of("a\u0000"))))).containsExactly("name:E0002");
        assertThat(fields(get("/v1/things", Map.of("name", List.of("a\uFFFD"))))).containsExactly("name:E0002");
        assertThat(fields(get("/v1/things/1\u0000", Map.of()))).contains("id:E0002");
    }

    @Test
    void shouldRefuseTrailingGarbageDuplicatePropertiesAndBrokenUtf8() {
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"]} x"))).containsExactly("null:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"kinds\":[\"ido\"]}{}"))).containsExactly("null:E0002");
        assertThat(fields(post("{\"name\":\"a\",\"name\":\"b\",\"kinds\":[\"ido\"]}"))).containsExactly("name:E0002");
        Problem p = check.check(new ContractRequest("POST", "/v1/things", Map.of(),
                Map.of("Idempotency-Key", List.of("key-12345678")), "application/json",
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}));
        // the CESU-8 form of a lone surrogate: decoded, then refused as one
        assertThat(fields(p)).containsExactly("name:E0002");
    }

    @Test
    void shouldRefuseAnUndeclaredQueryParameterAndAMissingHeader() {
        assertThat(fields(get("/v1/things", Map.of("nmae", List.of("a"))))).containsExactly("nmae:E0002");
        Problem p = check.check(new ContractRequest("POST", "/v1/things", Map.of(), Map.of(), "application/json",
                "{\"name\":\"a\",\"kinds\":[\"ido\"]}".getBytes(StandardCharsets.UTF_8)));
        assertThat(fields(p)).containsExactly("Idempotency-Key:E0001");
    }

    @Test
    void shouldRefuseAnotherContentTypeWith415AndAMissingBodyWithE0001() {
        Problem p = check.check(new ContractRequest("POST", "/v1/things", Map.of(),
                Map.of("Idempotency-Key", List.of("key-12345678")), "text/plain", "name".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.status()).isEqualTo(415);
        p = check.check(new ContractRequest("POST", "/v1/things", Map.of(),
                Map.of("Idempotency-Key", List.of("key-12345678")), "application/json", null));
        assertThat(fields(p)).containsExactly("null:E0001");
    }

    @Test
    void shouldGiveAJapaneseMessageThatNeverQuotesTheValue() {
        Problem p = post("{\"name\":\"秘密の氏名です長すぎる名前\",\"kinds\":[\"ido\"]}");
        FieldViolation v = p.errors().get(0);
        assertThat(v.message()).contains("name").contains("文字数").doesNotContain("秘密");
    }
}
