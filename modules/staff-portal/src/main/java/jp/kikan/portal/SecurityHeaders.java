package jp.kikan.portal;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Headers on every answer of the portal: the screens may talk only to this server, the login
 * server and the configured services (Content-Security-Policy), are never framed, send no
 * referrer, and are revalidated on each load (plain ES modules, no hashed file names).
 */
@ApplicationScoped
public class SecurityHeaders {

    void register(@Observes Filters filters, PortalConfig config) {
        String csp = contentSecurityPolicy(config);
        filters.register(rc -> {
            rc.response().headers()
                    .set("Content-Security-Policy", csp)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer");
            if (!rc.response().headers().contains("Cache-Control")) {
                rc.response().headers().set("Cache-Control", "no-cache");
            }
            rc.next();
        }, 10);
    }

    static String contentSecurityPolicy(PortalConfig config) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        origin(config.oidc().issuer()).ifPresent(connect::add);
        config.services().values().forEach(s -> s.baseUrl().flatMap(SecurityHeaders::origin).ifPresent(connect::add));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src " + String.join(" ", connect) + "; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    /** scheme://host[:port] of a URL, or empty when it is not an absolute http(s) URL. */
    static Optional<String> origin(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                return Optional.empty();
            }
            return Optional.of(u.getScheme() + "://" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
