package jp.kikan.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class PlatformMigrationsTest {

    @Test
    void shouldMigrateAnEmptyDatabaseWithFlywayFromClasspathDbPlatform() {
        DataSource ds = TestDatabase.empty();

        MigrateResult result = Flyway.configure().dataSource(ds).locations("classpath:db/platform")
                .placeholders(java.util.Map.of("kikan_app_role", "none")).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version)
                .containsExactly("1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5", "1.0.6", "1.0.7", "1.0.8", "1.0.9", "1.0.10");
        assertThat(Flyway.configure().dataSource(ds).locations("classpath:db/platform")
                .placeholders(java.util.Map.of("kikan_app_role", "none")).load().validateWithResult()
                .validationSuccessful).isTrue();
    }
}
