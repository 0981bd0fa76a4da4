package jp.kikan.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Where the screens find the login and the services — set per municipality at run time
 * (application.properties, or environment variables such as OIDC_URL and KIKAN_JUMIN_URL).
 */
@ConfigMapping(prefix = "kikan.portal")
public interface PortalConfig {

    Oidc oidc();

    /** Per service (jumin, zeimu, later kokuho, kaigo): its base URL; a service without one is left out. */
    Map<String, Service> services();

    interface Oidc {
        /** The OIDC issuer (Keycloak realm URL), e.g. http://localhost:8180/realms/kikan. */
        String issuer();

        /** The public client the screens log in with; its token is used for every service. */
        @WithDefault("kikan-staff")
        String clientId();
    }

    interface Service {
        Optional<String> baseUrl();
    }
}
