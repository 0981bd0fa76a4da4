package jp.kikan.platform.quarkus.accesslog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The keys that seal the access log, held outside the database (an environment variable or a mounted
 * secret, never a table): {@code kikan.access-log.keys.<id>=<base64 of ≥ 32 random bytes>} and
 * {@code kikan.access-log.current-key=<id>} for new entries. Old keys stay configured after a rotation so
 * the entries they sealed remain verifiable.
 */
@ConfigMapping(prefix = "kikan.access-log")
public interface AccessLogConfig {

    /**
     * The role of the service's auditors, the only one that reads and verifies the log ({@link AccessLogEndpoint}
     * resolves {@code @RolesAllowed("${kikan.access-log.auditor-role}")} from it).
     */
    java.util.Optional<String> auditorRole();


    String currentKey();

    Map<String, String> keys();

    /** Hash chains per municipality: how many reads can append at once without waiting for each other. */
    @WithDefault("8")
    int chains();
}
