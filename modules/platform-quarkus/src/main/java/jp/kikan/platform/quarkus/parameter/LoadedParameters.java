package jp.kikan.platform.quarkus.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The latest loaded version of each insurer's parameter document, which a service's parameter store uses in place of
 * the file shipped in its jar. A load made by this instance is seen at once ({@link #refresh}); one made by another
 * instance within {@code kikan.parameters.refresh} (one indexed query per municipality and interval, so that an annual
 * job asking for the parameters of every household does not query each time).
 */
@ApplicationScoped
public class LoadedParameters {

    /** A loaded version: its number, the whole document and its 出典. */
    public record Loaded(int version, JsonNode document, String shutten) {

        /** The document's {@code parameters}. */
        public JsonNode parameters() {
            return document.get("parameters");
        }

        /** How the values of this version name their level in a 算定根拠 (e.g. {@code 999997（登録第2版）}). */
        public String level(String lgCode) {
            return lgCode + "（登録第" + version + "版）";
        }
    }

    private record Entry(Loaded loaded, long checkedAt) {
    }

    @Inject
    ParameterHanStore store;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kikan.parameters.refresh", defaultValue = "PT10S")
    Duration interval;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The municipality's latest loaded version, if any (else the shipped file applies). */
    public Optional<Loaded> current(String lgCode) {
        Entry e = entries.get(lgCode);
        if (e == null || System.nanoTime() - e.checkedAt() > interval.toNanos()) {
            e = reread(lgCode);
        }
        return Optional.ofNullable(e.loaded());
    }

    /** Reads the municipality's latest version now (after a load: the next computation uses it). */
    public void refresh(String lgCode) {
        reread(lgCode);
    }

    private synchronized Entry reread(String lgCode) {
        int latest = store.latestVersion(lgCode);
        Entry e = entries.get(lgCode);
        Loaded loaded = e == null ? null : e.loaded();
        if (latest > 0 && (loaded == null || loaded.version() != latest)) {
            ParameterHanStore.Version v = store.version(lgCode, latest).orElseThrow();
            loaded = new Loaded(latest, tree(v.doc()), v.shutten());
        }
        Entry fresh = new Entry(loaded, System.nanoTime());
        entries.put(lgCode, fresh);
        return fresh;
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
