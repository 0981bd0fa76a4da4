package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.ToshoFukaJobStore;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** 当初賦課 (x-kikan-function kojin-juminzei.tosho-fuka): start a job for a 年度, and its progress. */
@ApplicationScoped
public class ToshoFukaJobs {

    @Inject
    ToshoFukaJobStore jobs;

    @Inject
    ParameterRepository parameters;

    @Inject
    Clock clock;

    @Inject
    jp.kikan.chihozei.application.parameter.ParameterOverlays overlays;

    public record PartitionView(int partitionNo, long processed, long assessed, boolean done, String worker) {
    }

    public record Progress(String jobId, int nendo, String status, int partitions, long total, long processed, long assessed,
            long mishinkoku, long hitaisho, long skipped, long errors, Double ratePerSecond, Long etaSeconds, String createdAt,
            String finishedAt, List<PartitionView> partitionDetail) {
    }

    @Transactional
    public Progress start(Caller caller, int nendo, int partitions) {
        overlays.refresh(caller.lgCode()); // values loaded through another instance of the service
        parameters.parameters(new Nendo(nendo), caller.lgCode()); // a 年度 without parameters is refused here
        String jobId = UUID.randomUUID().toString();
        if (!jobs.create(caller.lgCode(), jobId, nendo, partitions, clock.instant(), caller.actor())) {
            String running = jobs.running(caller.lgCode(), nendo).orElse("?");
            throw new RuleViolationException("tosho-fuka-running", "nendo", StandardErrorCode.E0004,
                    new Nendo(nendo).label() + "の当初賦課は実行中です (job " + running + ")。終わってから再実行してください");
        }
        return progress(caller, jobId);
    }

    @Transactional
    public Progress progress(Caller caller, String jobId) {
        ToshoFukaJobStore.Job j = jobs.job(caller.lgCode(), jobId)
                .orElseThrow(() -> new NotFoundException("job_id", "当初賦課のジョブ " + jobId + " はありません"));
        List<ToshoFukaJobStore.Partition> ps = jobs.partitions(caller.lgCode(), jobId);
        long processed = ps.stream().mapToLong(ToshoFukaJobStore.Partition::processed).sum();
        Instant started = ps.stream().map(ToshoFukaJobStore.Partition::startedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant until = j.finishedAt() != null ? j.finishedAt() : clock.instant();
        Double rate = null;
        Long eta = null;
        if (started != null && processed > 0) {
            double seconds = Math.max(0.001, Duration.between(started, until).toMillis() / 1000.0);
            rate = Math.round(processed / seconds * 10) / 10.0;
            eta = "done".equals(j.status()) ? 0L : (long) Math.ceil(Math.max(0, j.total() - processed) / (processed / seconds));
        }
        return new Progress(j.jobId(), j.nendo(), j.status(), j.partitions(), j.total(), processed,
                ps.stream().mapToLong(ToshoFukaJobStore.Partition::assessed).sum(),
                ps.stream().mapToLong(ToshoFukaJobStore.Partition::mishinkoku).sum(),
                ps.stream().mapToLong(ToshoFukaJobStore.Partition::hitaisho).sum(),
                ps.stream().mapToLong(ToshoFukaJobStore.Partition::skipped).sum(),
                ps.stream().mapToLong(ToshoFukaJobStore.Partition::errors).sum(), rate, eta, j.createdAt().toString(),
                j.finishedAt() == null ? null : j.finishedAt().toString(),
                ps.stream().map(p -> new PartitionView(p.partitionNo(), p.processed(), p.assessed(), p.done(), p.worker())).toList());
    }
}
