package jp.kikan.kokuho.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.kokuho.application.ShikakuTodokede;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.ConcurrentEditException;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.time.BusinessCalendar;
import org.jboss.logging.Logger;

/**
 * Records {@link DemoHoken the demo households' 届出} through the service's own use case ({@link ShikakuTodokede}, as a
 * clerk of the 保険年金課 would), each an idempotent command keyed by seed, person and kind. Whoever already has a 届出 on
 * record (an earlier run, or a clerk's) is left alone, so a second run adds only the residents who arrived since; what
 * the use case refuses is counted, never forced in.
 */
@ApplicationScoped
public class DemoHokenLoader {

    static final String ACTOR = "demo";
    private static final Logger LOG = Logger.getLogger(DemoHokenLoader.class);

    private static final String PEOPLE = "select j.atenabango, j.setaibango, j.zokugara, j.seinengappi, "
            + "(select case when r.ido_kubun = 'shutoku' then r.shikaku_shutokubi end from shikaku_rireki r "
            + "where r.lg_code = j.lg_code and r.atenabango = j.atenabango order by r.rirekibango desc limit 1) as shutokubi, "
            + "exists (select 1 from shikaku_todokede t where t.lg_code = j.lg_code and t.atenabango = j.atenabango) as kison "
            + "from jumin j where j.lg_code = ? and j.jumin_jotai = 'jumin' order by j.setaibango, j.atenabango";

    @Inject
    AgroalDataSource ds;

    @Inject
    ShikakuTodokede todokede;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ObjectMapper mapper;

    /**
     * @param jumin    residents now
     * @param kison    of them, those with a 届出 on record already (left alone)
     * @param shaho    社会保険の加入 recorded
     * @param hogo     生活保護の開始 recorded
     * @param refused  届出 the use case refused
     */
    public record Kekka(int setai, int jumin, int kison, int shaho, int hogo, int refused, Duration elapsed) {
    }

    private record Row(DemoHoken.Hito hito, boolean kison) {
    }

    /** Loads (outside a transaction: each 届出 commits on its own). */
    public Kekka load(String lgCode, long seed) {
        long start = System.nanoTime();
        DemoHoken generator = new DemoHoken(seed, calendar.today());
        Caller caller = new Caller(lgCode, ACTOR, Set.of(Roles.CLERK, Roles.SHIEN), "demo");
        List<Row> rows = Sql.list(ds, PEOPLE, rs -> new Row(new DemoHoken.Hito(rs.getString(1), rs.getString(2), rs.getString(3),
                Sql.date(rs, "seinengappi"), Sql.date(rs, "shutokubi")), rs.getBoolean("kison")), lgCode);
        Map<String, List<Row>> bySetai = new LinkedHashMap<>();
        rows.forEach(r -> bySetai.computeIfAbsent(r.hito().setaibango(), k -> new ArrayList<>()).add(r));
        int[] n = new int[4];
        for (List<Row> members : bySetai.values()) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: what is recorded stays, a later run goes on
            }
            Map<String, DemoHoken.Todokede> plan = generator.setai(members.stream().map(Row::hito).toList());
            for (Row m : members) {
                DemoHoken.Todokede t = plan.get(m.hito().atenabango());
                if (m.kison()) {
                    n[0]++;
                    continue;
                }
                if (t == null) {
                    continue;
                }
                ObjectNode body = mapper.createObjectNode().put("atenabango", t.atenabango())
                        .put("todokede_shubetsu", t.shubetsu()).put("idonengappi", t.idonengappi().toString())
                        .put("biko", "デモデータ");
                try {
                    todokede.todokede(caller, "demo-kokuho-" + seed + "-" + t.atenabango() + "-" + t.shubetsu(), body);
                    n["shaho_kanyu".equals(t.shubetsu()) ? 1 : 2]++;
                } catch (RuleViolationException | NotFoundException | SuppressedException | ConcurrentEditException e) {
                    n[3]++;
                    LOG.debugf("demo 届出 %s %s refused: %s", t.shubetsu(), t.atenabango(), e.getMessage());
                }
            }
        }
        return new Kekka(bySetai.size(), rows.size(), n[0], n[1], n[2], n[3], Duration.ofNanos(System.nanoTime() - start));
    }
}
