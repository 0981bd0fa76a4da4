package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.NenjiFukaStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.ShotokuJohoClient;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.job.JobErrors;
import jp.kikan.platform.quarkus.job.PartitionedJob;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 介護保険料の年次賦課 (x-kikan-function kaigo.hokenryo.nenji-fuka; 介護保険法第129条): every 第1号被保険者 qualified at any
 * time in the 年度 assessed by {@link KaigoFukaSantei} — the same rules as the single 賦課 — on the platform's
 * partitioned job. A partition is a stable hash of the 宛名番号, read in 宛名番号 order after its cursor; each batch
 * reads its persons' history, heads, 世帯 and incomes at once, takes their locks, and writes a version (with its outbox
 * event) only for a result that differs from the last. A person whose income is unknown (未申告, or unknown to local
 * tax) is not assessed — never as an income of 0 — but listed for the clerk with the job's errors. 支援措置 does not
 * stop an assessment (it blocks lookups and documents); every batch's reads are one access log entry naming its persons.
 * Counts: assessed (new version), unchanged, errors (listed; shotoku_fumei of them for an unknown income).
 */
@ApplicationScoped
public class NenjiFukaJob implements PartitionedJob {

    public static final String KIND = "kaigo-nenji-fuka";
    /** The counts of a batch; processed = assessed + unchanged + errors (errors include shotoku_fumei). */
    public static final java.util.List<String> COUNTS = java.util.List.of("assessed", "unchanged", "shotoku_fumei", "errors");
    public static final String ACTION = "kaigo.hokenryo.nenji-fuka";

    @Inject
    NenjiFukaStore taisho;

    @Inject
    ShikakuStore shikaku;

    @Inject
    FukaStore fuka;

    @Inject
    ShotokuJohoClient shotoku;

    @Inject
    HokenryoParameterStore parameters;

    @Inject
    KaigoFukaSantei santei;

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
        return "介護保険料の年次賦課";
    }

    /** A 年度 without the municipality's parameters (基準額, 段階, 納期) is refused before anything is written. */
    @Override
    public void checkStart(String lgCode, int nendo) {
        parameters.parameters(lgCode, nendo);
        parameters.choshu(lgCode, nendo);
    }

    @Override
    public long total(String lgCode, int nendo) {
        return taisho.count(lgCode, nendo);
    }

    @Override
    public BatchOutcome batch(JobPartition p, int batchSize, JobErrors errors) {
        String lg = p.lgCode();
        int nendo = p.nendo();
        List<String> keys = taisho.next(lg, nendo, p.partitionNo(), p.partitions(), p.cursor(), batchSize);
        if (keys.isEmpty()) {
            return BatchOutcome.finished(p.cursor());
        }
        String actor = taisho.jobActor(lg, p.jobId()).orElse("job:" + p.jobId());
        fuka.lock(lg, keys, nendo);
        Map<String, Jumin> heads = taisho.jumin(lg, keys).stream().collect(Collectors.toMap(Jumin::atenabango, j -> j));
        Map<String, List<Jumin>> setai = taisho.setai(lg, heads.values().stream().map(Jumin::setaibango).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(Jumin::setaibango, LinkedHashMap::new, Collectors.toList()));
        Map<String, ShikakuRireki> rireki = shikaku.rireki(lg, keys);
        Map<String, FukaStore.Version> last = fuka.latest(lg, keys, nendo);
        Set<String> readers = new LinkedHashSet<>();
        heads.values().forEach(j -> readers.addAll(KaigoFukaSantei.shotokuTaisho(j, setai.getOrDefault(j.setaibango(), List.of()))));
        Map<String, ShotokuJoho> incomes = shotoku.shotokuJoho(lg, readers, nendo);
        LocalDate today = calendar.today();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        for (String a : keys) {
            Jumin j = heads.get(a);
            if (j == null) {
                errors.add(a, "jumin-nashi", "宛名番号 " + a + " の住民の記録がありません");
                continue;
            }
            read.add(a);
            KaigoFukaSantei.Kekka k;
            try {
                k = santei.santei(lg, actor, nendo, new KaigoFukaSantei.Nyuryoku(j, rireki.get(a),
                        setai.getOrDefault(j.setaibango(), List.of()), incomes, last.get(a)), today);
            } catch (RuleViolationException e) {
                errors.add(a, e.rule(), e.getMessage());
                continue;
            }
            read.addAll(k.yomikomi());
            switch (k.jotai()) {
                case FUKA -> counts.merge("assessed", 1L, Long::sum);
                case HENKO_NASHI -> counts.merge("unchanged", 1L, Long::sum);
                case SHOTOKU_FUMEI -> {
                    counts.merge("shotoku_fumei", 1L, Long::sum);
                    errors.add(a, "shotoku-fumei", "所得の分からない者がいるため段階を判定できません（所得 0 として賦課しません）: "
                            + k.fumei().stream().map(FieldViolation::message).collect(Collectors.joining(" / ")));
                }
                case HIHOKENSHA_NASHI -> errors.add(a, "hihokensha-nashi", nendo + "年度に第1号被保険者であった期間がありません");
            }
        }
        accessLog.record(new Caller(lg, actor, Set.of(Roles.CLERK), null), ACTION, Jumins.TARGET, read,
                "job=" + p.jobId() + " nendo=" + nendo + " partition=" + p.partitionNo() + " count=" + keys.size());
        return new BatchOutcome(keys.get(keys.size() - 1), keys.size(), counts, keys.size() < batchSize);
    }
}
