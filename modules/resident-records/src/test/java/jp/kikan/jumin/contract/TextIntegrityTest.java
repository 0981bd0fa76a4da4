package jp.kikan.jumin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * A name is kept exactly as registered — never normalised — and text that cannot be kept exactly (a lone
 * surrogate, a control character) is refused instead of being stored as something else.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class TextIntegrityTest {

    /** 𠮷 (outside the BMP), 髙 (異体字), 﨑 U+FA11 (CJK compatibility ideograph: NFC makes it 崎), 辻 + IVS U+E0100. */
    private static final List<String> NAMES = List.of("𠮷野　一", "髙橋　二", "山\uFA11　三", "辻\uDB40\uDD00　四");

    @Test
    void shouldKeepNamesByteForByteThroughRegistrationAndLookup() {
        var members = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < NAMES.size(); i++) {
            members.add(Fixtures.person(NAMES.get(i), "モジ　" + "イロハニ".charAt(i), "1990-01-0" + (i + 1),
                    "1", i == 0 ? "世帯主" : "同居人"));
        }
        List<String> ids = Api.ido(Tokens.clerk()).body(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01",
                        "jusho", Fixtures.jusho("30番地"), "members", members))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().jsonPath().getList("jumin.atenabango", String.class);
        for (int i = 0; i < NAMES.size(); i++) {
            String shimei = Api.as(Tokens.clerk()).get("/v1/jumin/" + ids.get(i)).then().statusCode(200)
                    .extract().path("shimei");
            assertThat(shimei.getBytes(StandardCharsets.UTF_8)).as(NAMES.get(i))
                    .isEqualTo(NAMES.get(i).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(NAMES.get(2)).as("the compatibility ideograph is still U+FA11, not U+5D0E").contains("\uFA11");
    }

    @Test
    void shouldRefuseALoneSurrogateOrAControlCharacterInANameAndStoreNothing() {
        for (String bad : List.of("山田\uD842　一", "山田\u0000一", "山田\u0085一", "山田\n一", "山田\uFFFD一")) {
            var before = Db.everything();
            Api.badInputAs(Tokens.clerk()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(escaped(Map.of("tennyu_kubun", "kokunai", "idonengappi", "2024-04-01", "jusho",
                            Fixtures.jusho("31番地"), "members",
                            List.of(Fixtures.person(bad, "ヤマダ　イチ", "1990-01-01", "1", "世帯主")))))
                    .post("/v1/ido/tennyu").then().statusCode(400).body("errors.field", hasItem("members[0].shimei"))
                    .body("errors.code", hasItem("E0002"));
            assertThat(Db.everything()).isEqualTo(before);
        }
    }

    /**
     * The body as JSON with every non-ASCII character escaped (\\uD842): a lone surrogate cannot be encoded as
     * UTF-8, so a client that does not escape it sends '?' instead — which is how one was once stored.
     */
    private static String escaped(Object body) {
        try {
            return new ObjectMapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAcceptLineBreaksInFreeTextOnly() {
        String wife = Fixtures.family(Tokens.clerk(), "改行", "カイギョウ", "2023-04-01").getString("jumin[1].atenabango");
        Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("shokai"), "biko", "一行目\n二行目\tタブ"))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201).body("biko", equalTo("一行目\n二行目\tタブ"));
        Api.badInputAs(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("shokai"), "biko", "NUL\u0000"))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(400).body("errors.field", hasItem("biko"));
    }
}
