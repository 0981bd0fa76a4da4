package jp.kikan.jumin.support;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Real signed tokens from the OIDC test server's key, with the claims Keycloak would put in. */
public final class Tokens {

    /** The demo city (架空県みなみ市) and a second fictional municipality. */
    public static final String CITY = "999997";
    public static final String OTHER_CITY = "999989";

    private Tokens() {
    }

    public static String staff(String user, String lgCode, String... roles) {
        return Jwt.preferredUserName(user).groups(Set.of(roles)).claim("lg_code", lgCode)
                .issuer("https://server.example.com").audience("https://service.example.com").sign();
    }

    public static String clerk() {
        return staff("clerk", CITY, "jumin-clerk");
    }

    public static String supervisor() {
        return staff("supervisor", CITY, "jumin-clerk", "jumin-supervisor");
    }

    public static String shien() {
        return staff("shien", CITY, "jumin-clerk", "jumin-shien");
    }

    public static String auditor() {
        return staff("auditor", CITY, "jumin-auditor");
    }

    /** A service client (client credentials) holding the feed scope 001:renkei:read. */
    public static String renkeiClient(String lgCode) {
        return Jwt.subject("service-account-kikan-tax").claim("scope", "openid 001:renkei:read")
                .claim("lg_code", lgCode).issuer("https://server.example.com")
                .audience("https://service.example.com").sign();
    }
}
