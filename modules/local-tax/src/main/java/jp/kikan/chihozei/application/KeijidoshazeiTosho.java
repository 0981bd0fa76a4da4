package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiFukaStore;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiToshoTaishoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.job.JobErrors;
import jp.kikan.platform.quarkus.job.PartitionedJob;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 軽自動車税（種別割）の当初賦課 (x-kikan-function keijidoshazei.tosho-fuka): every owner of a vehicle on the 賦課期日
 * (地方税法第463条の16), assessed for the whole year as the single 賦課 assesses one ({@link KeijidoshazeiSanshutsu}), on
 * the platform's partitioned job. A taxpayer already assessed for the 年度 is left as it is (a 更正 is the clerk's, with
 * its reason); 支援措置 does not stop an assessment (it restricts lookups and documents); what the job reads is in the
 * access log, one entry per batch.
 */
@ApplicationScoped
public class KeijidoshazeiTosho implements PartitionedJob {

    public static final String KIND = "keijidoshazei-tosho";
    static final String ACTION = "keijidoshazei.tosho-fuka";
    /** processed = assessed + skipped + errors. */
    public static final List<String> COUNTS = List.of("assessed", "skipped", "errors");

    @Inject
    KeijidoshazeiToshoTaishoStore taisho;

    @Inject
    KeijidoshazeiSanshutsu sanshutsu;

    @Inject
    KeijidoshazeiFukaStore fuka;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "軽自動車税（種別割）の当初賦課";
    }

    /** A 年度 without parameters, or whose 賦課期日 has not come, is refused before anything is written. */
    @Override
    public void checkStart(String lgCode, int nendo) {
        LocalDate kijitsu = sanshutsu.fukaKijitsu(nendo);
        if (kijitsu.isAfter(calendar.today())) {
            throw new RuleViolationException("fuka-kijitsu-mirai", "nendo", StandardErrorCode.E0004,
                    nendo + "年度の賦課期日 " + kijitsu + " はまだ来ていません");
        }
    }

    @Override
    public long total(String lgCode, int nendo) {
        return taisho.count(lgCode, sanshutsu.fukaKijitsu(nendo));
    }

    @Override
    public BatchOutcome batch(JobPartition p, int batchSize, JobErrors errors) {
        List<String> targets = taisho.next(p.lgCode(), sanshutsu.fukaKijitsu(p.nendo()), p.partitionNo(), p.partitions(),
                p.cursor(), batchSize);
        if (targets.isEmpty()) {
            return BatchOutcome.finished(p.cursor());
        }
        String actor = "job:" + p.jobId();
        Map<String, Long> counts = new LinkedHashMap<>();
        // the batch's taxpayers locked (as the single 賦課 locks its one) and those already assessed read, each in one
        // statement for the whole batch rather than per taxpayer
        Set<String> known = taisho.lock(p.lgCode(), targets);
        Set<String> assessed = fuka.assessed(p.lgCode(), p.nendo(), targets);
        for (String a : targets) {
            if (!known.contains(a)) {
                errors.add(a, "nozeigimusha-nashi", "宛名番号 " + a + " の所有者が納税義務者として記録されていません（住登外者の登録が必要です）");
                continue;
            }
            if (assessed.contains(a)) {
                counts.merge("skipped", 1L, Long::sum);
                continue;
            }
            try {
                List<KeijidoshazeiViews.FukaSharyo> rows = sanshutsu.sharyo(p.lgCode(), a, p.nendo());
                sanshutsu.record(p.lgCode(), sanshutsu.tosho(a, p.nendo(), null, rows), actor);
                counts.merge("assessed", 1L, Long::sum);
            } catch (RuleViolationException e) {
                errors.add(a, e.rule(), e.getMessage());
            }
        }
        accessLog.record(new Caller(p.lgCode(), actor, Set.of(Roles.CLERK), "job " + p.jobId()), ACTION, Nozeigimushas.TARGET,
                targets, "nendo=" + p.nendo() + " partition=" + p.partitionNo() + " count=" + targets.size());
        return new BatchOutcome(targets.get(targets.size() - 1), targets.size(), counts, targets.size() < batchSize);
    }
}
