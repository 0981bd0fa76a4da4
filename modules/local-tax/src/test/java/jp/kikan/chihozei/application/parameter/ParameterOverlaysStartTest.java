package jp.kikan.chihozei.application.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.ParameterOverlayStore;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ParameterDocs;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A service that starts (or another instance that has not seen a load) takes the latest stored version of each
 * municipality in place of the jar's overlay (広島市 341002: no other test computes with it over HTTP).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:kojin-juminzei.parameter-toroku")
class ParameterOverlaysStartTest {

    private static final String HIROSHIMA = "341002";

    @Inject
    ParameterOverlayStore store;

    private ParameterOverlays fresh() {
        ParameterOverlays o = new ParameterOverlays();
        o.repository = ParameterLoader.loadDefaults();
        o.store = store;
        return o;
    }

    @Test
    void shouldApplyTheLatestStoredVersionsAtStartAndOnRefresh() {
        ParameterOverlays other = fresh(); // an instance started before the loads below
        other.onStart(null);
        for (long yen : new long[] {700, 800}) {
            Api.as(TestTokens.staff("hiroshima-admin", HIROSHIMA, "zeimu-admin")).header("Idempotency-Key", "p-" + UUID.randomUUID())
                    .body(ParameterDocs.withSource(ParameterDocs.with(ParameterDocs.shipped("municipalities/341002-hiroshima.yaml"),
                            "kintowari_shi_chokakazei", ParameterDocs.chokakazei(yen, "広島市 (Kikan test: not a published value)")),
                            "広島市 (Kikan test)"))
                    .put("/v1/kojin-juminzei/parameters/municipalities/" + HIROSHIMA).then().statusCode(200);
        }
        int latest = store.latestVersion(HIROSHIMA);

        ParameterOverlays started = fresh();
        started.onStart(null);
        assertThat(started.applied(HIROSHIMA)).hasValue(latest);
        assertThat(chokakazei(started.repository)).isEqualTo(800L);

        assertThat(other.applied(HIROSHIMA)).isEmpty();
        assertThat(chokakazei(other.repository)).isNull();
        other.refresh(HIROSHIMA);
        assertThat(chokakazei(other.repository)).isEqualTo(800L);
    }

    private static Long chokakazei(ParameterRepository r) {
        return r.parameters(Nendo.ofReiwa(7), HIROSHIMA).kintowariShiChokakazei().map(Param::value).orElse(null);
    }
}
