package jp.kikan.platform.quarkus.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.platform.caller.StandardScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Service clients (OAuth 2.0 client credentials, 共通機能標準仕様書 §2.2.5) are authorised by scope in the
 * standard's form 業務ID:APIコール名:操作; each scope the service configures becomes its roles here, so
 * resources declare roles only and never parse scopes.
 */
@ApplicationScoped
public class StandardScopeAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(StandardScopeAugmentor.class);

    private final Map<String, Set<String>> rolesByScope;

    @Inject
    public StandardScopeAugmentor(SecurityConfig config) {
        config.scopeRoles().keySet().stream().filter(k -> StandardScope.parse(k).isEmpty()).forEach(k -> LOG.warnf(
                "kikan.security.scope-roles: '%s' is not of the standard form 業務ID:APIコール名:操作 "
                        + "(e.g. 001:jumin-renkei:Read); keep such a name only as a deprecated alias", k));
        this.rolesByScope = config.scopeRoles().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey,
                e -> Arrays.stream(e.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet())));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || rolesByScope.isEmpty() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object scope = jwt.getClaim("scope");
        if (scope == null) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String s : scope.toString().replace("\"", "").split(" ")) {
            Set<String> roles = rolesByScope.get(s);
            if (roles != null) {
                granted.addAll(roles);
            }
        }
        if (granted.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(granted).build());
    }
}
