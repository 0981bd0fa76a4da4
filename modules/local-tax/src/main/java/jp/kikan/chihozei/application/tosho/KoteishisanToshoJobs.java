package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.KoteishisanToshoJobStore;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 固定資産税・都市計画税の当初賦課 (x-kikan-function koteishisanzei.tosho-fuka): start the job of a 年度 over every taxpayer
 * of 1月1日 (地方税法第359条) — one at a time per 年度 — and its progress.
 */
@ApplicationScoped
public class KoteishisanToshoJobs {

    @Inject
    KoteishisanToshoJobStore jobs;

    @Inject
    KoteiParameterRepository parameters;

    @Inject
    Clock clock;

    public record Progress(String jobId, int nendo, String status, long total, long processed, long assessed, long skipped,
            long errors, Double ratePerSecond, Long etaSeconds, String createdAt, String finishedAt) {
    }

    @Transactional
    public Progress start(Caller caller, int nendo) {
        parameters.parameters(new Nendo(nendo), caller.lgCode()); // a 年度 without parameters is refused here
        String jobId = UUID.randomUUID().toString();
        long total = jobs.count(caller.lgCode(), LocalDate.of(nendo, 1, 1));
        if (!jobs.create(caller.lgCode(), jobId, nendo, total, clock.instant(), caller.actor())) {
            throw new RuleViolationException("tosho-fuka-running", "nendo", StandardErrorCode.E0004,
                    new Nendo(nendo).label() + "の固定資産税の当初賦課は実行中です。終わってから再実行してください");
        }
        return progress(caller, jobId);
    }

    @Transactional
    public Progress progress(Caller caller, String jobId) {
        KoteishisanToshoJobStore.Job j = jobs.job(caller.lgCode(), jobId)
                .orElseThrow(() -> new NotFoundException("job_id", "固定資産税の当初賦課のジョブ " + jobId + " はありません"));
        Double rate = null;
        Long eta = null;
        if (j.startedAt() != null && j.processed() > 0) {
            Instant until = j.finishedAt() != null ? j.finishedAt() : clock.instant();
            double seconds = Math.max(0.001, Duration.between(j.startedAt(), until).toMillis() / 1000.0);
            rate = Math.round(j.processed() / seconds * 10) / 10.0;
            eta = "done".equals(j.status()) ? 0L : (long) Math.ceil(Math.max(0, j.total() - j.processed()) / (j.processed() / seconds));
        }
        return new Progress(j.jobId(), j.nendo(), j.status(), j.total(), j.processed(), j.assessed(), j.skipped(), j.errors(),
                rate, eta, j.createdAt().toString(), j.finishedAt() == null ? null : j.finishedAt().toString());
    }
}
