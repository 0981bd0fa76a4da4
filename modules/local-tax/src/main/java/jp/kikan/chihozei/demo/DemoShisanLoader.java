package jp.kikan.chihozei.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.application.HojinToroku;
import jp.kikan.chihozei.application.KaokuToroku;
import jp.kikan.chihozei.application.ShokyakuShinkoku;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.SharyoToroku;
import jp.kikan.chihozei.application.TochiToroku;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.jdbc.Sql;
import org.jboss.logging.Logger;

/**
 * Registers {@link DemoShisan the demo city's land, houses and vehicles} and {@link DemoShokyaku its businesses' 償却資産} through the registers' own use cases (土地・家屋の
 * 登録, 車両の登録), each as an idempotent command whose key is the household and the item: a second run — a restart,
 * another instance — replays instead of registering twice, and what the use cases refuse is counted, not forced in.
 * The households are those of the 賦課期日 of the configured 年度 as resident records' feed brought them.
 */
@ApplicationScoped
public class DemoShisanLoader {

    static final String ACTOR = "demo";
    private static final Logger LOG = Logger.getLogger(DemoShisanLoader.class);

    @Inject
    AgroalDataSource ds;

    @Inject
    TochiToroku tochi;

    @Inject
    KaokuToroku kaoku;

    @Inject
    SharyoToroku sharyo;

    @Inject
    HojinToroku hojinToroku;

    @Inject
    ShokyakuShinkoku shokyaku;

    @Inject
    ObjectMapper mapper;

    public record Kekka(int setai, int tochi, int kaoku, int sharyo, int refused, Duration elapsed, int hojin) {
    }

    /** How many demo 法人 declare 償却資産 (one per some 150 households, at least 3). */
    static int hojinCount(int households) {
        return Math.max(3, households / 150);
    }

    /** Loads (outside a transaction: each registration commits on its own). */
    public Kekka load(String lgCode, int nendo, long seed) {
        long start = System.nanoTime();
        DemoShisan generator = new DemoShisan(seed, LocalDate.of(nendo, 1, 1));
        // the demo's registrations act for the 税務課 and may name protected owners (支援措置 restricts lookups, not the register)
        Caller caller = new Caller(lgCode, ACTOR, Set.of(Roles.CLERK, Roles.SHIEN), "demo");
        int[] n = new int[4];
        List<DemoShisan.Setai> households = setai(lgCode);
        for (DemoShisan.Setai s : households) {
            if (Thread.currentThread().isInterrupted()) {
                break; // the service is stopping: what is registered stays, a later run goes on (idempotent)
            }
            for (DemoShisan.Toroku t : generator.of(s)) {
                String key = "demo-" + t.shurui().name().toLowerCase(java.util.Locale.ROOT) + "-" + s.setaibango() + "-" + t.ban();
                JsonNode body = mapper.valueToTree(t.body());
                try {
                    switch (t.shurui()) {
                        case TOCHI -> tochi.toroku(caller, key, body);
                        case KAOKU -> kaoku.toroku(caller, key, body);
                        case SHARYO -> sharyo.toroku(caller, key, body);
                    }
                    n[t.shurui().ordinal()]++;
                } catch (RuleViolationException | NotFoundException | SuppressedException e) {
                    n[3]++;
                    LOG.debugf("demo %s %s refused: %s", t.shurui(), key, e.getMessage());
                }
            }
        }
        int hojin = 0;
        for (DemoShokyaku.Hojin h : new DemoShokyaku(seed).of(hojinCount(households.size()), nendo)) {
            try {
                hojin(caller, h, seed);
                hojin++;
            } catch (RuleViolationException | NotFoundException | SuppressedException e) {
                n[3]++;
                LOG.debugf("demo 法人 %d refused: %s", h.ban(), e.getMessage());
            }
        }
        return new Kekka(households.size(), n[0], n[1], n[2], n[3], Duration.ofNanos(System.nanoTime() - start), hojin);
    }

    /** A 法人 registered once (its 法人番号 is its key) and its 償却資産申告 of the 年度, both idempotent commands. */
    private void hojin(Caller caller, DemoShokyaku.Hojin h, long seed) {
        String atenabango = Sql.one(ds, "select atenabango from nozeigimusha where lg_code = ? and hojin_bango = ?",
                rs -> rs.getString(1), caller.lgCode(), h.hojinBango()).orElseGet(() -> hojinToroku.toroku(caller,
                        "demo-hojin-" + seed + "-" + h.ban(), mapper.valueToTree(Map.of("hojin_bango", h.hojinBango(), "meisho", h.meisho(),
                                "meisho_furigana", h.kana(), "shozaichi", "みなみ市本町" + h.ban() + "番地", "riyu",
                                "市内に償却資産を所有（デモ）"))).atenabango());
        shokyaku.uketsuke(caller, "demo-shokyaku-" + seed + "-" + h.ban() + "-" + h.shinkoku().get("nendo"), atenabango,
                mapper.valueToTree(h.shinkoku()));
    }

    /** The households of the residents now (the head, the spouse, the head's address), in 世帯番号 order. */
    List<DemoShisan.Setai> setai(String lgCode) {
        record Row(String atenabango, String setaibango, String zokugara, LocalDate seinengappi, String jusho) {
        }
        List<Row> rows = Sql.list(ds, "select n.atenabango, h.item->>'setaibango', h.item->>'zokugara', n.seinengappi, n.jusho "
                + "from nozeigimusha n join jumin_kiroku h on h.lg_code = n.lg_code and h.atenabango = n.atenabango "
                + "and h.henko_bango = n.henko_bango where n.lg_code = ? and n.kubun = 'jumin' and n.jumin_jotai = 'jumin' "
                + "order by 2, 1", rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), Sql.date(rs, "seinengappi"),
                rs.getString(5)), lgCode);
        Map<String, List<Row>> bySetai = new LinkedHashMap<>();
        rows.stream().filter(r -> r.setaibango() != null).forEach(r -> bySetai.computeIfAbsent(r.setaibango(), k -> new ArrayList<>()).add(r));
        List<DemoShisan.Setai> out = new ArrayList<>();
        bySetai.forEach((setai, members) -> members.stream().filter(m -> "世帯主".equals(m.zokugara())).findFirst().ifPresent(head ->
                out.add(new DemoShisan.Setai(setai, head.atenabango(), head.seinengappi(),
                        members.stream().filter(m -> "妻".equals(m.zokugara()) || "夫".equals(m.zokugara())).map(Row::atenabango)
                                .findFirst().orElse(null),
                        head.jusho() == null || head.jusho().isBlank() ? "みなみ市本町" : head.jusho()))));
        return out;
    }
}
