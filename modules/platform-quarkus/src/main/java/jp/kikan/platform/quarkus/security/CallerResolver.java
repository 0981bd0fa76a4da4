package jp.kikan.platform.quarkus.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;
import jp.kikan.platform.problem.ProblemCode;
import jp.kikan.platform.problem.RuleViolationException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the {@link Caller} from the bearer token: the municipality comes only from the token's
 * {@code lg_code} claim (a 6-digit 全国地方公共団体コード with a valid check digit), never from the request,
 * so one municipality can never address another's records.
 */
@RequestScoped
public class CallerResolver {

    public static final String LG_CODE_CLAIM = "lg_code";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    private Caller resolved;

    public Caller current() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private Caller resolve() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw refused("アクセストークンに地方公共団体コードがありません");
        }
        Object claim = jwt.getClaim(LG_CODE_CLAIM);
        String lgCode = claim == null ? null : claim.toString().replace("\"", "");
        if (lgCode == null || !ChihoKokyoDantaiCode.isValid(lgCode)) {
            throw refused("アクセストークンの地方公共団体コード (lg_code) がないか検査数字が一致しません");
        }
        Object user = jwt.getClaim("preferred_username");
        String actor = user != null ? user.toString() : identity.getPrincipal().getName();
        return new Caller(lgCode, actor, identity.getRoles(), clientAddress());
    }

    private static RuleViolationException refused(String message) {
        return new RuleViolationException(ProblemCode.LG_CODE_CLAIM.status(), ProblemCode.LG_CODE_CLAIM.code(),
                message, java.util.List.of());
    }

    private String clientAddress() {
        if (request == null || request.getCurrent() == null) {
            return null;
        }
        // Never read X-Forwarded-For here: any caller could forge the address in the tamper-evident log.
        // Behind a trusted proxy, enable Quarkus' forwarding (QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING,
        // QUARKUS_HTTP_PROXY_TRUSTED_PROXIES), which rewrites remoteAddress only for those proxies.
        var r = request.getCurrent().request();
        return r.remoteAddress() == null ? null : r.remoteAddress().hostAddress();
    }
}
