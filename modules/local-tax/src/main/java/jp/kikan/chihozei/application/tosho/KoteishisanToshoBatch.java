package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.application.KoteishisanzeiFukaKettei;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.KoteishisanToshoJobStore;
import jp.kikan.platform.problem.RuleViolationException;

/**
 * One batch of the 固定資産税 当初賦課, one transaction: the next taxpayers after the cursor, each assessed unless it already
 * has a version of the 年度 (a batch done again after a crash, or a clerk's earlier assessment, is never doubled), a
 * refusal of the engine listed; then the cursor and counts under the worker's lease.
 */
@ApplicationScoped
public class KoteishisanToshoBatch {

    static final String ACTOR = "koteishisan-tosho-fuka";

    @Inject
    KoteishisanToshoJobStore jobs;

    @Inject
    KoteishisanFukaStore fukaStore;

    @Inject
    KoteishisanzeiFukaKettei kettei;

    @Inject
    Clock clock;

    /** @return whether there may be more (false: the job is done or the lease was lost) */
    @Transactional
    public boolean run(KoteishisanToshoJobStore.Job claimed, String worker, int size, Duration lease) {
        KoteishisanToshoJobStore.Job j = jobs.job(claimed.lgCode(), claimed.jobId()).orElseThrow();
        List<String> keys = jobs.next(j.lgCode(), LocalDate.of(j.nendo(), 1, 1), j.cursorKey(), size);
        if (keys.isEmpty()) {
            jobs.finish(j, worker, clock.instant());
            return false;
        }
        long assessed = 0;
        long skipped = 0;
        long errors = 0;
        for (String key : keys) {
            if (!fukaStore.versions(j.lgCode(), key, j.nendo()).isEmpty()) {
                skipped++;
                continue;
            }
            try {
                kettei.fuka(j.lgCode(), j.nendo(), List.of(key.split("\\+")), null, ACTOR);
                assessed++;
            } catch (RuleViolationException e) {
                jobs.error(j, key, e.rule(), e.getMessage());
                errors++;
            }
        }
        return jobs.advance(j, worker, keys.get(keys.size() - 1), keys.size(), assessed, skipped, errors, clock.instant(), lease);
    }
}
