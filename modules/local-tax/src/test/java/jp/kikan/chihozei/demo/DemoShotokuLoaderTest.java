package jp.kikan.chihozei.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The demo incomes in the service: residents taken from the feed (households with their 続柄), the loader writes
 * what the generator says for each of them — reports under one file per employer, as an import of those files would
 * have stored them, and 申告 — a second run adds nothing, and the assessment takes the rows as a clerk's would be.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class DemoShotokuLoaderTest {

    private static final int NENDO = 2026;
    private static final String[][] NAMES = {{"南　太郎", "ミナミ　タロウ"}, {"南　花子", "ミナミ　ハナコ"},
        {"髙橋　一郎", "タカハシ　イチロウ"}, {"山田　さくら", "ヤマダ　サクラ"}};

    @Inject
    JuminFeed feed;

    @Inject
    DemoShotokuStartup demo;

    @Inject
    AgroalDataSource ds;

    @Inject
    ParameterRepository parameters;

    /** Publishes households to the feed; @return the households of residents there on 1月1日 (and the late arrivals) */
    static List<List<DemoJinbutsu>> publish(int households, int firstSerial, String setaiPrefix, List<DemoJinbutsu> late) {
        SplittableRandom r = new SplittableRandom(firstSerial);
        List<List<DemoJinbutsu>> city = new ArrayList<>();
        int serial = firstSerial;
        for (int h = 0; h < households; h++) {
            List<DemoJinbutsu> members = DemoHouseholds.household(r, setaiPrefix + String.format("%06d", h), serial);
            serial += members.size();
            // every 40th household moved in after the 賦課期日: taxed by its former city, so nothing here
            boolean after = h % 40 == 39;
            for (DemoJinbutsu p : members) {
                LocalDate since = after ? LocalDate.of(NENDO, 2, 1)
                        : p.seinengappi().isAfter(LocalDate.of(2015, 4, 1)) ? p.seinengappi() : LocalDate.of(2015, 4, 1);
                String[] name = NAMES[Math.floorMod(p.atenabango().hashCode(), NAMES.length)];
                ObjectNode item = ResidentFeedServer.jumin(Api.CITY, p.atenabango(), name[0], name[1],
                        p.seinengappi().toString(), "jumin", "tennyu", since.toString(), since.toString());
                item.put("setaibango", p.setaibango());
                item.put("zokugara", p.zokugara());
                item.put("seibetsu", p.seibetsu());
                ResidentFeedServer.publish(item);
            }
            if (after) {
                late.addAll(members);
            } else {
                city.add(members);
            }
        }
        return city;
    }

    @Test
    void writesTheCitysIncomesOnceAndTheAssessmentTakesThem() throws Exception {
        List<DemoJinbutsu> late = new ArrayList<>();
        List<List<DemoJinbutsu>> city = publish(160, 7_000_000, "7", late);
        feed.consumer().drain();

        DemoShotokuLoader.Kekka first = demo.load();
        assertThat(first.shinkoku()).isPositive();
        assertThat(first.hokoku()).isPositive();
        assertThat(first.files()).isPositive();

        // exactly what the generator says for each household (same seed: the configured default)
        DemoShotokuGenerator g = new DemoShotokuGenerator(20261125L, Api.CITY, parameters);
        Map<String, DemoShotoku> expected = new HashMap<>();
        city.forEach(members -> expected.putAll(g.setai(members, NENDO)));
        List<String> mine = new ArrayList<>(expected.keySet());
        String in = "'" + String.join("','", mine) + "'";
        long reports = expected.values().stream().mapToLong(d -> d.kyuyo().size()).sum();
        long declarations = expected.values().stream().filter(d -> d.shinkoku() != null).count();
        assertThat(DbSnapshot.count("select count(*) from kyuyo_hokoku where nendo = 2026 and atenabango in (" + in + ")"))
                .isEqualTo(reports);
        assertThat(DbSnapshot.count("select count(*) from shinkoku where nendo = 2026 and version = 1 and actor = 'demo' "
                + "and shorinengappi is not null and atenabango in (" + in + ")")).isEqualTo(declarations);
        long spouses = expected.values().stream().filter(d -> d.shinkoku() != null && d.shinkoku().haigusha() != null).count();
        assertThat(spouses).isPositive();
        assertThat(DbSnapshot.count("select count(*) from shinkoku where nendo = 2026 and naiyo ? 'haigusha' "
                + "and atenabango in (" + in + ")")).isEqualTo(spouses);
        String lateIn = "'" + String.join("','", late.stream().map(DemoJinbutsu::atenabango).toList()) + "'";
        assertThat(DbSnapshot.count("select (select count(*) from kyuyo_hokoku where atenabango in (" + lateIn + ")) "
                + "+ (select count(*) from shinkoku where atenabango in (" + lateIn + "))")).isZero();

        // the reports: matched, and each employer's file is what importing its CSV would have stored
        assertThat(DbSnapshot.count("select count(*) from kyuyo_hokoku where nendo = 2026 and atenabango in (" + in + ") "
                + "and totsugo <> 'shimei_seinengappi_jusho'")).isZero();
        assertThat(DbSnapshot.count("select count(*) from kyuyo_hokoku k where k.nendo = 2026 and not exists (select 1 from "
                + "kyuyo_hokoku_file f where f.lg_code = k.lg_code and f.file_id = k.file_id and f.actor = 'demo' "
                + "and f.mitotsugo = 0 and f.gyosu = f.torikomi and f.file_name like 'demo-2026-%.csv')"
                + " and k.atenabango in (" + in + ")")).isZero();
        assertThat(DbSnapshot.count("select count(*) from kyuyo_hokoku_file f where f.actor = 'demo' and f.gyosu <> (select "
                + "count(*) from kyuyo_hokoku k where k.lg_code = f.lg_code and k.file_id = f.file_id)")).isZero();
        assertSha256AsTheCsvOfEachFile();

        // again: nothing new
        String all = "select (select count(*) from kyuyo_hokoku) * 1000000 + (select count(*) from kyuyo_hokoku_file) * 1000"
                + " + (select count(*) from shinkoku)";
        long before = DbSnapshot.count(all);
        DemoShotokuLoader.Kekka second = demo.load();
        assertThat(second.nothingAdded()).isTrue();
        assertThat(second.jumin()).isEqualTo(first.jumin());
        assertThat(second.kison()).isGreaterThan(first.kison()); // those written the first time are known now
        assertThat(DbSnapshot.count(all)).isEqualTo(before);

        // the 当初賦課 takes them: a 申告 with a spouse, and someone known from the reports alone
        String withSpouse = expected.entrySet().stream().filter(e -> e.getValue().shinkoku() != null
                && e.getValue().shinkoku().haigusha() != null).map(Map.Entry::getKey)
                .filter(a -> fuka(a, expected.get(a), city).kojo().haigusha() > 0).findFirst().orElseThrow();
        JsonPath fuka = assess(withSpouse);
        assertThat(fuka.getInt("shinkoku_version")).isEqualTo(1);
        assertThat(fuka.getLong("fuka.kojo.haigusha") + fuka.getLong("fuka.kojo.haigusha_tokubetsu")).isPositive();
        assertThat(fuka.getLong("nenzeigaku")).isEqualTo(fuka(withSpouse, expected.get(withSpouse), city).nenZeigaku());
        String reportsOnly = expected.entrySet().stream().filter(e -> e.getValue().shinkoku() == null
                && !e.getValue().kyuyo().isEmpty()).map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonPath fromReports = assess(reportsOnly);
        assertThat(fromReports.getInt("shinkoku_version")).isZero();
        assertThat(fromReports.getLong("nenzeigaku")).isEqualTo(fuka(reportsOnly, expected.get(reportsOnly), city).nenZeigaku());
    }

    private static JsonPath assess(String atenabango) {
        return Api.command(Api.clerk()).body(Map.of("atenabango", atenabango, "nendo", NENDO)).post("/v1/kojin-juminzei/fuka")
                .then().statusCode(201).body("kubun", equalTo("tosho")).extract().jsonPath();
    }

    /** The engine on the generator's own output: what the service must have assessed from the stored rows. */
    private static KojinJuminzeiFuka fuka(String atenabango, DemoShotoku d, List<List<DemoJinbutsu>> city) {
        DemoJinbutsu p = city.stream().flatMap(List::stream).filter(x -> x.atenabango().equals(atenabango)).findFirst()
                .orElseThrow();
        return DemoShotokuGeneratorTest.ENGINE.fuka(DemoShinkokuJson.nyuryoku(d, NENDO, Api.CITY, p.seinengappi()));
    }

    private void assertSha256AsTheCsvOfEachFile() throws Exception {
        Map<String, String> stored = new HashMap<>();
        Map<String, StringBuilder> csv = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select f.file_id, f.sha256, k.nendo, "
                + "k.shiharaisha_meisho, k.shimei, k.shimei_furigana, k.seinengappi, k.jusho, k.kyuyo_shunyu, k.shakai_hokenryo, "
                + "k.shokibo_kigyo_kyosai_kakekin, k.shiteibango, k.futsu_choshu_riyu from kyuyo_hokoku_file f join kyuyo_hokoku k on k.lg_code = f.lg_code "
                + "and k.file_id = f.file_id where f.actor = 'demo' order by f.file_id, k.line_no");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
                csv.computeIfAbsent(rs.getString(1), k -> new StringBuilder(DemoHokokuFiles.HEADER))
                        .append(rs.getInt(3)).append(',').append(rs.getString(4)).append(",,").append(rs.getString(5))
                        .append(',').append(rs.getString(6) == null ? "" : rs.getString(6)).append(',').append(rs.getDate(7))
                        .append(',').append(rs.getString(8)).append(',').append(rs.getLong(9)).append(',')
                        .append(rs.getLong(10)).append(',').append(rs.getLong(11)).append(',').append(rs.getString(12))
                        .append(',').append(rs.getString(13) == null ? "" : rs.getString(13)).append('\n');
            }
        }
        assertThat(stored).isNotEmpty();
        for (var e : csv.entrySet()) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(e.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(sha).as(e.getKey()).isEqualTo(stored.get(e.getKey()));
        }
    }
}
