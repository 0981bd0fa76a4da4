package jp.kikan.chihozei.application.tosho;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.application.KoteishisanzeiFukaKettei;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.KoteishisanToshoTaishoStore;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.platform.job.BatchOutcome;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.quarkus.job.JobErrors;
import jp.kikan.platform.quarkus.job.PartitionedJob;

/**
 * 固定資産税・都市計画税の当初賦課 (x-kikan-function koteishisanzei.tosho-fuka) on the platform's partitioned job: every
 * taxpayer of 1月1日 (地方税法第359条: a sole owner or a group of 共有者), assessed by the single 賦課's own command unless it
 * already has a version of the 年度 (a clerk's earlier assessment, a batch done again after a crash: never doubled); a
 * refusal of the engine is listed with its reason and the batch goes on.
 */
@ApplicationScoped
public class KoteishisanTosho implements PartitionedJob {

    public static final String KIND = "koteishisan-tosho";
    /** processed = assessed + skipped + errors. */
    public static final List<String> COUNTS = List.of("assessed", "skipped", "errors");

    @Inject
    KoteishisanToshoTaishoStore taisho;

    @Inject
    KoteishisanFukaStore fukaStore;

    @Inject
    KoteishisanzeiFukaKettei kettei;

    @Inject
    KoteiParameterRepository parameters;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "固定資産税・都市計画税の当初賦課";
    }

    /** A 年度 without parameters is refused before anything is written. */
    @Override
    public void checkStart(String lgCode, int nendo) {
        parameters.parameters(new Nendo(nendo), lgCode);
    }

    @Override
    public long total(String lgCode, int nendo) {
        return taisho.count(lgCode, LocalDate.of(nendo, 1, 1));
    }

    @Override
    public BatchOutcome batch(JobPartition p, int batchSize, JobErrors errors) {
        List<String> keys = taisho.next(p.lgCode(), LocalDate.of(p.nendo(), 1, 1), p.partitionNo(), p.partitions(), p.cursor(),
                batchSize);
        if (keys.isEmpty()) {
            return BatchOutcome.finished(p.cursor());
        }
        String actor = "job:" + p.jobId();
        Map<String, Long> counts = new LinkedHashMap<>();
        // which of the batch already have a version of the 年度: one read for the batch, not one per taxpayer
        Set<String> assessed = fukaStore.assessed(p.lgCode(), p.nendo(), keys);
        for (String key : keys) {
            if (assessed.contains(key)) {
                counts.merge("skipped", 1L, Long::sum);
                continue;
            }
            try {
                kettei.fuka(p.lgCode(), p.nendo(), List.of(key.split("\\+")), null, actor);
                counts.merge("assessed", 1L, Long::sum);
            } catch (RuleViolationException e) {
                errors.add(key, e.rule(), e.getMessage());
            }
        }
        return new BatchOutcome(keys.get(keys.size() - 1), keys.size(), counts, keys.size() < batchSize);
    }
}
