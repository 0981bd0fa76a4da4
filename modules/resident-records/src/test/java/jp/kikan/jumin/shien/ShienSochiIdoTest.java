package jp.kikan.jumin.shien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.jumin.support.Api;
import jp.kikan.jumin.support.Db;
import jp.kikan.jumin.support.Fixtures;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 支援措置 against 異動 is checked by the 異動 session for every person and household a command reads or
 * writes — so every command is refused when it touches a protected person, including those that only
 * add to or merge into a protected household. Each refusal writes nothing but its access-log entry,
 * which stays although the command rolls back.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:shien-sochi")
@Tag("fn:yokushi")
class ShienSochiIdoTest {

    private static final String IDOBI = "2024-05-01";

    private String setaibango;
    private String head;
    private String wife;
    private String child;
    private String banchi;

    @BeforeEach
    void protectTheWife() {
        String uji = "保" + UUID.randomUUID().toString().substring(0, 4);
        JsonPath fam = Fixtures.family(Tokens.clerk(), uji, "シエンイドウ", "2021-04-01");
        setaibango = fam.getString("setaibango[0]");
        head = fam.getString("jumin[0].atenabango");
        wife = fam.getString("jumin[1].atenabango");
        child = fam.getString("jumin[2].atenabango");
        banchi = Fixtures.banchiOf(uji);
        Api.as(Tokens.supervisor()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kaishibi", "2024-01-01", "taisho", List.of("ido")))
                .post("/v1/jumin/" + wife + "/shien-sochi").then().statusCode(201);
    }

    @Test
    void shouldRefuseATennyuIntoAProtectedHousehold() {
        refused("tennyu", Map.of("tennyu_kubun", "kokunai", "idonengappi", IDOBI, "setaibango", setaibango,
                "jusho", Fixtures.jusho(banchi), "tennyumaejusho", "東京都千代田区千代田1番1号",
                "members", List.of(Fixtures.person("保護　次郎", "ホゴ　ジロウ", "2015-01-01", "1", "子"))));
    }

    @Test
    void shouldRefuseABirthIntoAProtectedHousehold() {
        refused("shussei", Map.of("setaibango", setaibango, "idonengappi", IDOBI,
                "member", Fixtures.person("保護　陽菜", "ホゴ　ヒナ", IDOBI, "2", "子")));
    }

    @Test
    void shouldRefuseATenkyoOfAProtectedHousehold() {
        refused("tenkyo", Map.of("setaibango", setaibango, "idonengappi", IDOBI, "jusho", Fixtures.jusho("77番地")));
    }

    @Test
    void shouldRefuseATenshutsuOfAnotherMemberOfAProtectedHousehold() {
        refused("tenshutsu", Map.of("atenabango", List.of(child), "idonengappi", IDOBI,
                "tenshutsusakijusho", "東京都千代田区千代田2番2号"));
    }

    @Test
    void shouldRefuseAShiboInAProtectedHousehold() {
        refused("shibo", Map.of("atenabango", child, "idonengappi", IDOBI));
    }

    @Test
    void shouldRefuseASetaiBunriFromAProtectedHousehold() {
        refused("setai-bunri", Map.of("atenabango", List.of(child), "idonengappi", IDOBI, "shin_setainushi", child,
                "zokugara", List.of(Map.of("atenabango", child, "zokugara", "世帯主"))));
    }

    @Test
    void shouldRefuseASetaiGappeiIntoAProtectedHousehold() {
        JsonPath other = Fixtures.family(Tokens.clerk(), "合" + UUID.randomUUID().toString().substring(0, 4), "ガッペイ",
                "2021-04-01");
        List<String> others = other.getList("jumin.atenabango", String.class);
        refused("setai-gappei", Map.of("setaibango", other.getString("setaibango[0]"), "gappeisaki_setaibango", setaibango,
                "idonengappi", IDOBI, "zokugara", others.stream()
                        .map(a -> Map.of("atenabango", a, "zokugara", "同居人")).toList()));
    }

    @Test
    void shouldRefuseASetaiHenkoIntoAProtectedHousehold() {
        JsonPath other = Fixtures.family(Tokens.clerk(), "変" + UUID.randomUUID().toString().substring(0, 4), "ヘンコウ",
                "2021-04-01");
        String otherChild = other.getString("jumin[2].atenabango");
        refused("setai-henko", Map.of("atenabango", List.of(otherChild), "henkosaki_setaibango", setaibango,
                "idonengappi", IDOBI, "zokugara", List.of(Map.of("atenabango", otherChild, "zokugara", "同居人"))));
    }

    @Test
    void shouldRefuseASetainushiHenkoOfAProtectedHousehold() {
        refused("setainushi-henko", Map.of("setaibango", setaibango, "shin_setainushi", child, "idonengappi", IDOBI,
                "zokugara", List.of(Map.of("atenabango", head, "zokugara", "父"), Map.of("atenabango", wife, "zokugara", "母"))));
    }

    @Test
    void shouldRefuseAShokkenShojoInAProtectedHousehold() {
        refused("shokken-shojo", Map.of("atenabango", child, "idonengappi", IDOBI, "riyu", "実態調査により居住の事実なし"));
    }

    @Test
    void shouldRefuseAShuseiOfAProtectedPerson() {
        refused("shusei", Map.of("atenabango", wife, "shusei_kubun", "goki_shusei", "idonengappi", "2021-04-01",
                "riyu", "入力誤り", "shimei", "保護　華子"));
    }

    @Test
    void shouldRefuseATorikeshiThatWouldChangeAProtectedPerson() {
        // cancelling the child's 転入 cancels the whole 転入, which also recorded the protected wife
        refused("torikeshi", Map.of("atenabango", child, "rirekibango", 1, "riyu", "届出の誤り"));
    }

    private void refused(String command, Map<String, Object> body) {
        String before = Db.snapshot();
        long logged = kyohiEntries();
        Api.ido(Tokens.clerk()).body(body).post("/v1/ido/" + command).then().statusCode(403)
                .body("code", equalTo("shien-sochi"));
        assertThat(Db.snapshot()).as("a refused " + command + " writes nothing").isEqualTo(before);
        assertThat(kyohiEntries()).as("the refusal is in the access log although the command rolled back")
                .isEqualTo(logged + 1);
    }

    private long kyohiEntries() {
        return Db.count("select count(*) from access_log a join access_log_target t on t.lg_code = a.lg_code "
                + "and t.chain = a.chain and t.seq = a.seq where a.action = 'ido-kyohi' and t.target_id = '" + wife + "'");
    }
}
