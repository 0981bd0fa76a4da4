package jp.kikan.kaigo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jp.kikan.kaigo.application.NenreiTotatsuJikko;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.DbSnapshot;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The scheduled 65歳到達 run: once per municipality and business date, a second run of the day replays it. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kaigo.shikaku.nenrei-totatsu")
class NenreiTotatsuJikkoTest {

    @Inject
    NenreiTotatsuJikko jikko;

    @Test
    void shouldRunForEveryMunicipalityOnceABusinessDay() {
        long before = DbSnapshot.count("select count(*) from platform_command where idempotency_key = 'nenrei-totatsu:2026-12-01'");
        var first = jikko.runAll();
        assertThat(first).hasSize(2).allMatch(k -> k.kijunbi().equals("2026-12-01"));
        long after = DbSnapshot.count("select count(*) from platform_command where idempotency_key = 'nenrei-totatsu:2026-12-01'");
        assertThat(after - before).isEqualTo(2);
        // again the same day: the stored results, nothing run twice
        assertThat(jikko.runAll()).isEqualTo(first);
        assertThat(DbSnapshot.count("select count(*) from platform_command where idempotency_key = 'nenrei-totatsu:2026-12-01'"))
                .isEqualTo(after);
    }
}
