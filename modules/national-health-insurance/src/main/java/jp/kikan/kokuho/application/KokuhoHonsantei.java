package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.kokuho.infrastructure.HonsanteiTaishoStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.job.JobErrors;
import jp.kikan.platform.quarkus.job.PartitionedJob;
import jp.kikan.platform.quarkus.jumin.Jumin;

/**
 * 国民健康保険税の本算定 (x-kikan-function kokuho.hokenzei.honsantei): every household of the municipality for a 年度,
 * assessed as the single 賦課 assesses one ({@link KokuhoSetaiFuka}: a new version only where the result differs), on
 * the platform's partitioned job. 支援措置 does not stop an assessment (it restricts lookups and documents); what the job
 * reads is in the access log, one entry per batch. A household whose income is unknown is listed for the clerk and in
 * the 所得不明 list (簡易申告), never assessed as 0; a household without an insured member in the 年度 and without an
 * earlier version is not assessed (対象外).
 */
@ApplicationScoped
public class KokuhoHonsantei implements PartitionedJob {

    public static final String KIND = "kokuho-honsantei";
    public static final String ACTION = "kokuho.hokenzei.honsantei";
    /** The counts of a batch; processed = assessed + unchanged + hitaisho + errors (errors include shotoku_fumei). */
    public static final List<String> COUNTS = List.of("assessed", "unchanged", "hitaisho", "shotoku_fumei", "errors");

    @Inject
    HonsanteiTaishoStore taisho;

    @Inject
    FukaStore store;

    @Inject
    HokenzeiParameterStore parameters;

    @Inject
    KokuhoSetaiFuka setaiFuka;

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
        return "国民健康保険税（料）の本算定";
    }

    /** A 年度 without the insurer's rates (条例) or the national parameters is refused before anything is written. */
    @Override
    public void checkStart(String lgCode, int nendo) {
        parameters.parameters(lgCode, nendo);
    }

    @Override
    public long total(String lgCode, int nendo) {
        return taisho.count(lgCode, nendo);
    }

    /**
     * One transaction: the batch's households locked, read and assessed together ({@link KokuhoSetaiFuka}'s set-based
     * reads, one JDBC batch of new versions and one outbox statement for their events).
     */
    @Override
    public BatchOutcome batch(JobPartition p, int batchSize, JobErrors errors) {
        List<String> setai = taisho.next(p.lgCode(), p.nendo(), p.partitionNo(), p.partitions(), p.cursor(), batchSize);
        if (setai.isEmpty()) {
            return BatchOutcome.finished(p.cursor());
        }
        HokenzeiParameters params = parameters.parameters(p.lgCode(), p.nendo());
        Map<String, Long> counts = new LinkedHashMap<>();
        String actor = "job:" + p.jobId();
        store.lock(p.lgCode(), setai, p.nendo());
        Map<String, List<Jumin>> people = taisho.setaiAll(p.lgCode(), setai);
        List<String> read = people.values().stream().flatMap(List::stream).map(Jumin::atenabango).toList();
        Map<String, KokuhoSetaiFuka.Kekka> kekka = setaiFuka.fuka(p.lgCode(), actor, p.nendo(), people, params, true,
                (s, e) -> errors.add(s, e.rule(), e.getMessage()));
        for (String setaibango : setai) {
            if (!people.containsKey(setaibango)) {
                count(counts, "hitaisho");
            } else if (kekka.containsKey(setaibango)) {
                count(counts, one(p, actor, setaibango, kekka.get(setaibango), errors));
            }
        }
        accessLog.record(new Caller(p.lgCode(), actor, Set.of(Roles.CLERK), "job " + p.jobId()), ACTION, Jumins.SETAI, read,
                "nendo=" + p.nendo() + " partition=" + p.partitionNo() + " setai=" + setai.size());
        return new BatchOutcome(setai.get(setai.size() - 1), setai.size(), counts, setai.size() < batchSize);
    }

    /** @return the count the household goes to, or null when it was listed as an error */
    private String one(JobPartition p, String actor, String setaibango, KokuhoSetaiFuka.Kekka k, JobErrors errors) {
        switch (k.jotai()) {
            case FUKA:
                return "assessed";
            case HENKO_NASHI:
                return "unchanged";
            case HIHOKENSHA_NASHI:
                return "hitaisho";
            case SHOTOKU_FUMEI:
                store.recordFumei(p.lgCode(), setaibango, p.nendo(), k.shukei().unknown(), clock.instant(), actor);
                errors.add(setaibango, "shotoku-fumei", "所得の分からない世帯員がいるため賦課しません（所得 0 として賦課しません）: "
                        + k.shukei().fumei().stream().map(FieldViolation::message).collect(Collectors.joining(" / ")));
                return "shotoku_fumei";
            default:
                errors.add(setaibango, "setainushi-nashi", KokuhoFukaKettei.SETAINUSHI_NASHI);
                return null;
        }
    }

    private static void count(Map<String, Long> counts, String name) {
        if (name != null) {
            counts.merge(name, 1L, Long::sum);
        }
    }
}
