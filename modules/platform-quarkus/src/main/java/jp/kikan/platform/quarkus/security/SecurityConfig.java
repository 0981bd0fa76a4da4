package jp.kikan.platform.quarkus.security;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * Which roles a service client gets for which standard scope, per service, e.g.
 * {@code kikan.security.scope-roles."001:jumin-renkei:Read"=renkei-reader}. Several roles are separated
 * by commas. Scopes not in the standard's form 業務ID:APIコール名:操作 are ignored.
 */
@ConfigMapping(prefix = "kikan.security")
public interface SecurityConfig {

    Map<String, String> scopeRoles();
}
