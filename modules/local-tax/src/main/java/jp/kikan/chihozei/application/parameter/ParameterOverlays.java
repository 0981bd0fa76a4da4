package jp.kikan.chihozei.application.parameter;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.chihozei.infrastructure.ParameterOverlayStore;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;

/**
 * Keeps the engine's {@link ParameterRepository} on the latest loaded version of each municipality's published values:
 * a stored version wins over the overlay shipped in the jar for that municipality. The latest versions are applied
 * when the service starts (a version that the shipped index no longer accepts stops the start: assessing with other
 * values than the stored ones would be worse), after each load, and — for a load made by another instance of the
 * service — when a use case asks {@link #refresh} before it computes (one indexed query).
 */
@ApplicationScoped
public class ParameterOverlays {

    @Inject
    ParameterRepository repository;

    @Inject
    ParameterOverlayStore store;

    private final Map<String, Integer> applied = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        for (ParameterOverlayStore.Version v : store.latestOfEach()) {
            try {
                apply(v);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the stored parameters of " + v.lgCode() + " (version " + v.version()
                        + ") are not valid with the shipped parameter files: " + e.getMessage(), e);
            }
        }
    }

    /** The version of the municipality's stored values in use, if any (else the jar's overlay is). */
    public OptionalInt applied(String lgCode) {
        Integer v = applied.get(lgCode);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** Applies the municipality's latest stored version if a newer one than the one in use was loaded. */
    public void refresh(String lgCode) {
        int latest = store.latestVersion(lgCode);
        if (latest > applied.getOrDefault(lgCode, 0)) {
            synchronized (this) {
                if (latest > applied.getOrDefault(lgCode, 0)) {
                    store.version(lgCode, latest).ifPresent(this::apply);
                }
            }
        }
    }

    /** How the values of a stored version name their level in a 算定根拠 (e.g. みなみ市 (999997, 登録第2版)). */
    static String note(int version) {
        return "登録第" + version + "版";
    }

    private void apply(ParameterOverlayStore.Version v) {
        ParameterRepository.Overlay o = ParameterKensa.municipality(repository, v.doc(), "", note(v.version()));
        repository.replace(o);
        applied.put(v.lgCode(), v.version());
    }
}
