package jp.kikan.kaigo.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.kaigo.application.ShikakuTodokede;
import jp.kikan.kaigo.application.YokaigoNintei;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.ConcurrentEditException;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.time.Nenrei;
import org.jboss.logging.Logger;

/**
 * Records {@link DemoNintei the demo city's 要介護認定 histories and facility stays} through the service's own use cases
 * ({@link YokaigoNintei} 申請 and 手続, {@link ShikakuTodokede} 住所地特例・適用除外施設), each an idempotent command keyed by
 * seed, person and step. A 第1号被保険者 with an application or a 届出 on record (an earlier run, a clerk's) is left
 * alone, so a second run adds only newcomers; what a use case refuses is counted (the person's remaining steps skipped).
 */
@ApplicationScoped
public class DemoNinteiLoader {

    static final String ACTOR = "demo";
    private static final Logger LOG = Logger.getLogger(DemoNinteiLoader.class);

    private static final String PEOPLE = "select j.atenabango, j.seinengappi, "
            + "(select case when r.ido_kubun <> 'soshitsu' then (select max(x.koryokubi) from shikaku_rireki x where "
            + "x.lg_code = r.lg_code and x.atenabango = r.atenabango and x.ido_kubun = 'shutoku') end from shikaku_rireki r "
            + "where r.lg_code = j.lg_code and r.atenabango = j.atenabango order by r.rirekibango desc limit 1) as kara, "
            + "(exists (select 1 from nintei_shinsei n where n.lg_code = j.lg_code and n.atenabango = j.atenabango) or exists "
            + "(select 1 from shikaku_todokede t where t.lg_code = j.lg_code and t.atenabango = j.atenabango)) as kison "
            + "from jumin j where j.lg_code = ? and j.jumin_jotai = 'jumin' and j.seinengappi is not null order by j.atenabango";

    @Inject
    AgroalDataSource ds;

    @Inject
    YokaigoNintei nintei;

    @Inject
    ShikakuTodokede todokede;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ObjectMapper mapper;

    /**
     * @param dai1go  第1号被保険者 now (65+ with a qualification)
     * @param kison   of them, with an application or 届出 already (left alone)
     * @param nintei  persons given a decided certification
     * @param open    applications left open (undecided)
     * @param tokurei 住所地特例 recorded; {@code jogai} 適用除外施設 入所 recorded
     */
    public record Kekka(int dai1go, int kison, int nintei, int koshin, int open, int tokurei, int jogai, int refused,
            Duration elapsed) {
    }

    private record Row(String atenabango, LocalDate seinengappi, LocalDate kara, boolean kison) {
    }

    /** Loads (outside a transaction: each command commits on its own). */
    public Kekka load(String lgCode, long seed) {
        long start = System.nanoTime();
        LocalDate today = calendar.today();
        DemoNintei generator = new DemoNintei(seed, today);
        Caller caller = new Caller(lgCode, ACTOR, Set.of(Roles.CLERK, Roles.SHIEN), "demo");
        List<Row> rows = Sql.list(ds, PEOPLE, rs -> new Row(rs.getString(1), Sql.date(rs, "seinengappi"), Sql.date(rs, "kara"),
                rs.getBoolean("kison")), lgCode).stream()
                .filter(r -> r.kara() != null && Nenrei.nenrei(r.seinengappi(), today) >= 65).toList();
        int[] n = new int[7];
        for (Row p : rows) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (p.kison()) {
                n[0]++;
                continue;
            }
            DemoNintei.Plan plan = generator.of(p.atenabango(), Nenrei.nenrei(p.seinengappi(), today), p.kara());
            String key = "demo-kaigo-" + seed + "-" + p.atenabango() + "-";
            try {
                for (int i = 0; i < plan.shinsei().size(); i++) {
                    List<DemoNintei.Step> steps = plan.shinsei().get(i);
                    DemoNintei.Step s0 = steps.get(0);
                    long id = nintei.shinsei(caller, key + i, mapper.createObjectNode().put("atenabango", p.atenabango())
                            .put("shinsei_kubun", s0.kekka()).put("shinseibi", s0.hi().toString())).shinseiId();
                    for (DemoNintei.Step t : steps.subList(1, steps.size())) {
                        ObjectNode body = mapper.createObjectNode().put("shubetsu", t.shubetsu()).put("jisshibi", t.hi().toString());
                        if (t.kekka() != null) {
                            body.put("kekka", t.kekka()).put("yuko_tsukisu", 12);
                        }
                        nintei.tetsuzuki(caller, key + i + "-" + t.shubetsu(), id, body);
                    }
                    boolean decided = steps.get(steps.size() - 1).shubetsu().equals("kettei");
                    n[decided ? (i == 0 ? 1 : 2) : 3]++;
                }
                if (plan.tokurei() != null) {
                    todokede.todokede(caller, key + "tokurei", mapper.createObjectNode().put("atenabango", p.atenabango())
                            .put("todokede_shubetsu", "jushochi_tokurei_tekiyo").put("idonengappi", plan.tokurei().toString())
                            .put("shisetsu_mei", "特別養護老人ホームかせい苑（デモ）").put("shisetsu_shozaichi", "架空県きた町本町1番地"));
                    n[4]++;
                }
                if (plan.jogai() != null) {
                    todokede.todokede(caller, key + "jogai", mapper.createObjectNode().put("atenabango", p.atenabango())
                            .put("todokede_shubetsu", "tekiyo_jogai_nyusho").put("idonengappi", plan.jogai().toString())
                            .put("shisetsu_mei", "障害者支援施設みなみ学園（デモ）"));
                    n[5]++;
                }
            } catch (RuleViolationException | NotFoundException | SuppressedException | ConcurrentEditException e) {
                n[6]++;
                LOG.debugf("demo 認定 %s refused: %s", p.atenabango(), e.getMessage());
            }
        }
        return new Kekka(rows.size(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], Duration.ofNanos(System.nanoTime() - start));
    }
}
