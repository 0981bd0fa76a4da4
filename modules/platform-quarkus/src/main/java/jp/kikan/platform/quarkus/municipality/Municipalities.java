package jp.kikan.platform.quarkus.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.kikan.platform.problem.RuleViolationException;

/** The issuing municipality of a certificate: its own name and 首長, never another's. */
@ApplicationScoped
public class Municipalities {

    public record Municipality(String lgCode, String name, String shucho) {
    }

    @Inject
    MunicipalityConfig config;

    /** The municipalities this deployment serves (those configured), in code order — for a job that runs for each. */
    public java.util.List<String> lgCodes() {
        return config.all().keySet().stream().sorted().toList();
    }

    public Optional<Municipality> find(String lgCode) {
        return Optional.ofNullable(config.all().get(lgCode)).map(e -> new Municipality(lgCode, e.name(), e.shucho()));
    }

    /** Refuses plainly when the municipality is not configured: a certificate must never print another's name. */
    public Municipality require(String lgCode) {
        return find(lgCode).orElseThrow(() -> new RuleViolationException(422, "municipality-not-configured",
                "地方公共団体コード " + lgCode + " の団体名・首長が設定されていないため証明書を発行できません", java.util.List.of()));
    }
}
