package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.application.FukaComputation;
import jp.kikan.chihozei.application.KaokushikiKazei;
import jp.kikan.chihozei.application.KazeiShiryo;
import jp.kikan.chihozei.application.Nozeigimushas;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.SanteiKonkyoStorage;
import jp.kikan.chihozei.application.parameter.ParameterOverlays;
import jp.kikan.chihozei.infrastructure.KotekiNenkinHokokuStore;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.ToshoFukaBatchStore;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.nozeigimusha.domain.FukakijitsuJuminPolicy;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.job.JobErrors;
import jp.kikan.platform.quarkus.job.PartitionedJob;

/**
 * 個人住民税の当初賦課 (x-kikan-function kojin-juminzei.tosho-fuka) on the platform's partitioned job: every taxpayer of
 * the municipality, each batch read at once (feed versions, latest 申告, report totals, already assessed) and written
 * in one statement. A resident on the 賦課期日 (地方税法第318条) is assessed from the 課税資料 (申告, else the reports;
 * neither: 未申告, counted, never assessed as zero); a 住登外者 holding a 事務所・家屋敷 on that day gets the 家屋敷課税
 * (第294条第1項第2号, {@link KaokushikiKazei}: no 住所地 report is at hand in the job — a clerk's 更正 takes one);
 * anyone else is hitaisho. One already assessed for the 年度 is skipped (a 更正 is the clerk's, with its reason); one
 * the engine refuses is listed with the reason and the batch goes on. Each version is the single 賦課's own.
 */
@ApplicationScoped
public class KojinJuminzeiTosho implements PartitionedJob {

    public static final String KIND = "kojin-juminzei-tosho";
    static final String ACTION = "kojin-juminzei.tosho-fuka";
    /** processed = assessed + mishinkoku + hitaisho + skipped + errors. */
    public static final List<String> COUNTS = List.of("assessed", "mishinkoku", "hitaisho", "skipped", "errors");

    @Inject
    ToshoFukaBatchStore store;

    @Inject
    KazeiShiryo shiryo;

    @Inject
    FukaComputation computation;

    @Inject
    KaokushikiKazei kaokushiki;

    @Inject
    SanteiKonkyoStorage storage;

    @Inject
    ParameterRepository parameters;

    @Inject
    ParameterOverlays overlays;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "個人住民税の当初賦課";
    }

    /** A 年度 without parameters is refused before anything is written. */
    @Override
    public void checkStart(String lgCode, int nendo) {
        overlays.refresh(lgCode); // values loaded through another instance of the service
        parameters.parameters(new Nendo(nendo), lgCode);
    }

    @Override
    public long total(String lgCode, int nendo) {
        return store.count(lgCode);
    }

    @Override
    public void beforePartition(JobPartition partition) {
        overlays.refresh(partition.lgCode()); // a worker of another process takes the values loaded since it started
    }

    @Override
    public BatchOutcome batch(JobPartition p, int batchSize, JobErrors errors) {
        List<ToshoFukaBatchStore.Taisho> batch = store.next(p.lgCode(), p.partitionNo(), p.partitions(), p.cursor(), batchSize);
        if (batch.isEmpty()) {
            return BatchOutcome.finished(p.cursor());
        }
        List<String> ids = batch.stream().map(ToshoFukaBatchStore.Taisho::atenabango).toList();
        Yomikomi y = new Yomikomi(store.versions(p.lgCode(), ids), store.shinkoku(p.lgCode(), p.nendo(), ids),
                store.hokoku(p.lgCode(), p.nendo(), ids), store.nenkin(p.lgCode(), p.nendo(), ids),
                store.assessed(p.lgCode(), p.nendo(), ids));
        Map<String, Long> counts = new LinkedHashMap<>();
        List<ToshoFukaBatchStore.Row> rows = new ArrayList<>();
        Map<String, String> docs = new LinkedHashMap<>();
        for (ToshoFukaBatchStore.Taisho t : batch) {
            try {
                String kekka = one(p, t, y, rows, docs);
                counts.merge(kekka, 1L, Long::sum);
            } catch (RuleViolationException e) {
                errors.add(t.atenabango(), e.rule(), e.getMessage());
            }
        }
        String actor = "job:" + p.jobId();
        storage.keep(docs);
        store.insert(p.lgCode(), p.nendo(), rows, clock.instant(), actor);
        computation.announce(p.lgCode(), p.nendo(), rows);
        accessLog.record(new Caller(p.lgCode(), actor, Set.of(Roles.CLERK), "job " + p.jobId()), ACTION, Nozeigimushas.TARGET,
                ids, "nendo=" + p.nendo() + " partition=" + p.partitionNo() + " count=" + ids.size());
        return new BatchOutcome(ids.get(ids.size() - 1), ids.size(), counts, batch.size() < batchSize);
    }

    /** What a batch read at once for its taxpayers. */
    private record Yomikomi(Map<String, List<JuminKirokuVersion>> versions, Map<String, ShinkokuStore.Version> shinkoku,
            Map<String, KyuyoHokokuStore.Gokei> hokoku, Map<String, KotekiNenkinHokokuStore.Gokei> nenkin,
            Set<String> assessed) {
    }

    /** One taxpayer: the count it falls in; an assessment adds its row. */
    private String one(JobPartition p, ToshoFukaBatchStore.Taisho t, Yomikomi y, List<ToshoFukaBatchStore.Row> rows,
            Map<String, String> docs) {
        String a = t.atenabango();
        Nendo nendo = new Nendo(p.nendo());
        if (y.assessed().contains(a)) {
            return "skipped";
        }
        if (t.jutogai()) {
            if (!kaokushiki.heldOn(p.lgCode(), a, nendo)) {
                return "hitaisho";
            }
            rows.add(computation.toshoKaokushiki(p.lgCode(), p.nendo(), a,
                    kaokushiki.kekka(p.lgCode(), a, nendo, null), docs));
            return "assessed";
        }
        if (!FukakijitsuJuminPolicy.jumin(y.versions().getOrDefault(a, List.of()), nendo.fukaKijitsu())) {
            return "hitaisho";
        }
        KazeiShiryo.Shiryo s = y.shinkoku().containsKey(a)
                ? shiryo.of(y.shinkoku().get(a), y.hokoku().get(a))
                : shiryo.fromHokoku(y.hokoku().get(a), y.nenkin().get(a)).orElse(null);
        if (s == null) {
            return "mishinkoku";
        }
        rows.add(computation.tosho(p.lgCode(), p.nendo(), a, t.seinengappi(), s, docs));
        return "assessed";
    }
}
