package jp.kikan.chihozei.koteishisanzei.service;

import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.fuka;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.jutakuYochi;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.owner;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.shares;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.sole;
import static jp.kikan.chihozei.koteishisanzei.service.KoteishisanDaichoData.tochi;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.RenkeiPages;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 調定 of 固定資産税・都市計画税 on this service's feed for the collection service: each assessment version with its
 * 期別税額, a 更正 as the next change with its differences (随時 for the 期 already due), the snapshot holding only the
 * latest version, only for the collection service's scope and only the caller's municipality, every read logged.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = jp.kikan.chihozei.support.ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.koteishisanzei")
class KoteishisanzeiRenkeiTest {

    static final String PATH = "/v1/renkei/koteishisanzei";

    static String shuno(String lgCode) {
        return TestTokens.serviceClient("kikan-shuno", lgCode, "010:koteishisanzei-renkei:Read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnnounceTheInstalmentsOfCoOwnersAndACorrectionWithItsDifferences() {
        String a = owner("調定　一郎", "チョウテイ　イチロウ");
        String b = owner("調定　花子", "チョウテイ　ハナコ");
        Map<String, Object> parcel = jutakuYochi("2020-04-01", 12_000_000, shares(a, "1/2", b, "1/2"));
        parcel.put("daihyosha", a);
        String id = tochi(parcel);
        fuka(2025, List.of(a, b), null);
        RenkeiPages.Read first = RenkeiPages.readAll(shuno(Api.CITY), PATH, null);
        List<Map<String, Object>> mine = first.of(b);
        assertThat(mine).hasSize(1);
        Map<String, Object> tosho = mine.get(0);
        assertThat(tosho).containsEntry("zeimoku", "koteishisanzei").containsEntry("daihyosha", a)
                .containsEntry("kubun", "tosho").containsEntry("fuka_version", 1).containsEntry("nenzeigaku", 40_000)
                .containsEntry("shikuchosonkodo", Api.CITY);
        assertThat((List<Object>) tosho.get("shoyusha")).containsExactlyInAnyOrder(a, b);
        assertThat(kibetsuTotal(tosho)).isEqualTo(40_000);
        assertThat(first.modes()).first().isEqualTo("full");

        Map<String, Object> teisei = jutakuYochi("2020-04-01", 15_000_000, shares(a, "1/2", b, "1/2"));
        teisei.put("daihyosha", a);
        teisei.put("ido_jiyu", "訂正（評価額）");
        KoteishisanDaichoData.post("/v1/koteishisanzei/tochi/" + id + "/ido", teisei);
        fuka(2025, List.of(a, b), "評価額の誤り");
        RenkeiPages.Read diff = RenkeiPages.readAll(shuno(Api.CITY), PATH, first.cursor());
        assertThat(diff.modes()).containsOnly("diff");
        List<Map<String, Object>> changed = diff.of(a);
        assertThat(changed).hasSize(1);
        Map<String, Object> kosei = changed.get(0);
        assertThat(kosei).containsEntry("kubun", "kosei").containsEntry("fuka_version", 2).containsEntry("nenzeigaku", 50_000);
        // the 期 already due keep their amounts; their share of the difference is 随時, the rest is split again
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sagaku = (List<Map<String, Object>>) kosei.get("kosei_sagaku");
        long notDue = sagaku.stream().filter(s -> !(Boolean) s.get("torai")).mapToLong(s -> ((Number) s.get("sagaku")).longValue())
                .sum();
        assertThat(notDue + ((Number) kosei.get("kosei_zuiji")).longValue()).isEqualTo(10_000);
        assertThat(((Number) kosei.get("henko_bango")).longValue()).isGreaterThan(((Number) tosho.get("henko_bango")).longValue());
        // a new consumer's snapshot: only the latest version
        List<Map<String, Object>> fresh = RenkeiPages.readAll(shuno(Api.CITY), PATH, null).of(a);
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0)).containsEntry("fuka_version", 2);
    }

    @Test
    void shouldGiveTheFeedOnlyToTheCollectionServiceAndOnlyItsMunicipality() {
        String a = owner("連携　次郎", "レンケイ　ジロウ");
        tochi(jutakuYochi("2020-04-01", 12_000_000, sole(a)));
        fuka(2025, List.of(a), null);
        long logged = DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'renkei.koteishisanzei' and t.target_id = '" + a + "'");
        assertThat(RenkeiPages.readAll(shuno(Api.CITY), PATH, null).of(a)).hasSize(1);
        assertThat(DbSnapshot.count("select count(*) from access_log_target t join access_log l using (lg_code, chain, seq) "
                + "where l.action = 'renkei.koteishisanzei' and t.target_id = '" + a + "'")).isGreaterThan(logged);
        assertThat(RenkeiPages.readAll(shuno(Api.OTHER_CITY), PATH, null).of(a)).isEmpty();
        Api.badInputAs(Api.clerk()).get(PATH).then().statusCode(403);
        Api.badInputAs(TestTokens.serviceClient("kikan-kokuho", Api.CITY, "010:kojin-juminzei-renkei:Read")).get(PATH).then()
                .statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static long kibetsuTotal(Map<String, Object> item) {
        return ((List<Map<String, Object>>) item.get("kibetsu")).stream().mapToLong(k -> ((Number) k.get("zeigaku")).longValue())
                .sum();
    }
}
