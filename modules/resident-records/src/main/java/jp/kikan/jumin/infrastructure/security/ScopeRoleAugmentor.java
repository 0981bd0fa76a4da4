package jp.kikan.jumin.infrastructure.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import jp.kikan.jumin.application.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Service clients (client credentials) are authorised by scope in the standard's style
 * 業務ID:API:操作 (e.g. {@code 001:renkei:read}); the scope becomes a role here.
 */
@ApplicationScoped
public class ScopeRoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object scope = jwt.getClaim("scope");
        if (scope != null && Arrays.asList(scope.toString().split(" ")).contains(Roles.RENKEI_SCOPE)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.RENKEI_READER).build());
        }
        return Uni.createFrom().item(identity);
    }
}
