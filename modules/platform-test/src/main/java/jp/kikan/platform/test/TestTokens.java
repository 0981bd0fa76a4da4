package jp.kikan.platform.test;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * Real signed tokens from the OIDC test server's key (OidcWiremockTestResource), with the claims Keycloak
 * puts in: {@code preferred_username}, realm roles as groups, the municipality in {@code lg_code}, and for
 * service clients the standard scopes (業務ID:APIコール名:操作).
 */
public final class TestTokens {

    /** The demo city (架空県みなみ市) and a second fictional municipality, both with valid check digits. */
    public static final String CITY = "999997";
    public static final String OTHER_CITY = "999989";

    private static final String ISSUER = "https://server.example.com";
    private static final String AUDIENCE = "https://service.example.com";

    private TestTokens() {
    }

    public static String staff(String user, String lgCode, String... roles) {
        return Jwt.preferredUserName(user).groups(Set.of(roles)).claim("lg_code", lgCode)
                .issuer(ISSUER).audience(AUDIENCE).sign();
    }

    /** As {@link #staff(String, String, String...)}, valid for the given time (a benchmark outlasts the default 5 min). */
    public static String staff(String user, String lgCode, java.time.Duration lifetime, String... roles) {
        return Jwt.preferredUserName(user).groups(Set.of(roles)).claim("lg_code", lgCode)
                .issuer(ISSUER).audience(AUDIENCE).expiresIn(lifetime).sign();
    }

    /** A service client (client credentials) of a municipality holding the given scopes. */
    public static String serviceClient(String clientId, String lgCode, String... scopes) {
        return Jwt.subject("service-account-" + clientId).claim("scope", "openid " + String.join(" ", scopes))
                .claim("lg_code", lgCode).issuer(ISSUER).audience(AUDIENCE).sign();
    }
}
