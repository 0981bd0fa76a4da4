package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.application.FukaComputation;
import jp.kikan.chihozei.application.KazeiShiryo;
import jp.kikan.chihozei.infrastructure.KotekiNenkinHokokuStore;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.ToshoFukaBatchStore;
import jp.kikan.chihozei.infrastructure.ToshoFukaJobStore;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.nozeigimusha.domain.FukakijitsuJuminPolicy;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;
import jp.kikan.platform.problem.RuleViolationException;

/**
 * One batch of a partition of the 当初賦課, in one transaction: the next taxpayers after the cursor; for each, the
 * 賦課期日 rule (地方税法第318条), the 課税資料 (申告, else 給与支払報告書; neither: 未申告, listed, never assessed as
 * zero), the assessment by the same engine as a single 賦課, stored as version 1 with its 算定根拠 and its event;
 * then the partition's cursor and counts. Anyone already assessed for the 年度 is skipped; one the engine refuses
 * is listed with the reason (tosho_fuka_error) and the batch goes on.
 */
@ApplicationScoped
public class ToshoFukaBatch {

    public static final String ACTOR = "tosho-fuka";

    @Inject
    ToshoFukaJobStore jobs;

    @Inject
    ToshoFukaBatchStore store;

    @Inject
    KazeiShiryo shiryo;

    @Inject
    FukaComputation computation;

    @Inject
    jp.kikan.chihozei.application.SanteiKonkyoStorage storage;

    @Inject
    Clock clock;

    /** @return false when the partition is finished (or no longer this worker's) */
    @Transactional
    public boolean run(ToshoFukaJobStore.Partition p, String worker, int batchSize, java.time.Duration lease) {
        if (!jobs.holds(p, worker)) {
            return false;
        }
        String cursor = jobs.cursor(p).orElse(null);
        List<ToshoFukaBatchStore.Taisho> batch = store.next(p.lgCode(), p.partitionNo(), p.partitions(), cursor, batchSize);
        if (batch.isEmpty()) {
            jobs.advance(p, worker, cursor, 0, 0, 0, 0, 0, 0, true, clock.instant(), lease);
            return false;
        }
        List<String> ids = batch.stream().map(ToshoFukaBatchStore.Taisho::atenabango).toList();
        Map<String, List<JuminKirokuVersion>> versions = store.versions(p.lgCode(), ids);
        Map<String, ShinkokuStore.Version> shinkoku = store.shinkoku(p.lgCode(), p.nendo(), ids);
        Map<String, KyuyoHokokuStore.Gokei> hokoku = store.hokoku(p.lgCode(), p.nendo(), ids);
        Map<String, KotekiNenkinHokokuStore.Gokei> nenkin = store.nenkin(p.lgCode(), p.nendo(), ids);
        Set<String> done = store.assessed(p.lgCode(), p.nendo(), ids);
        Nendo nendo = new Nendo(p.nendo());
        long mishinkoku = 0;
        long hitaisho = 0;
        long skipped = 0;
        long errors = 0;
        List<ToshoFukaBatchStore.Row> rows = new ArrayList<>();
        java.util.Map<String, String> docs = new java.util.LinkedHashMap<>();
        for (ToshoFukaBatchStore.Taisho t : batch) {
            if (done.contains(t.atenabango())) {
                skipped++;
            } else if (!FukakijitsuJuminPolicy.jumin(versions.getOrDefault(t.atenabango(), List.of()), nendo.fukaKijitsu())) {
                hitaisho++;
            } else {
                KazeiShiryo.Shiryo s = shinkoku.containsKey(t.atenabango())
                        ? shiryo.of(shinkoku.get(t.atenabango()), hokoku.get(t.atenabango()))
                        : shiryo.fromHokoku(hokoku.get(t.atenabango()), nenkin.get(t.atenabango())).orElse(null);
                if (s == null) {
                    mishinkoku++;
                } else {
                    try {
                        rows.add(computation.tosho(p.lgCode(), p.nendo(), t.atenabango(), t.seinengappi(), s, docs));
                    } catch (RuleViolationException e) {
                        // listed for the clerk with the reason; the rest of the city is assessed
                        store.error(p.lgCode(), p.jobId(), t.atenabango(), e.rule(), e.getMessage());
                        errors++;
                    }
                }
            }
        }
        storage.keep(docs);
        store.insert(p.lgCode(), p.nendo(), rows, clock.instant(), ACTOR);
        computation.announce(p.lgCode(), p.nendo(), rows);
        String last = batch.get(batch.size() - 1).atenabango();
        jobs.advance(p, worker, last, batch.size(), rows.size(), mishinkoku, hitaisho, skipped, errors,
                batch.size() < batchSize, clock.instant(), lease);
        return batch.size() == batchSize;
    }
}
