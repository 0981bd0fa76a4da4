package jp.kikan.platform.caller;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the municipality (全国地方公共団体コード, taken only from the access token), the staff
 * member or service client, their roles and where the request came from. Every use case of every
 * service receives it explicitly, so no use case can act for a municipality the caller does not belong to.
 */
public record Caller(String lgCode, String actor, Set<String> roles, String clientAddress) {

    public Caller {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(actor, "actor");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
