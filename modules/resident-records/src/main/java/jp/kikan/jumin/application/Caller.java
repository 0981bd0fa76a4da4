package jp.kikan.jumin.application;

import java.util.Set;

/**
 * Who is asking: the municipality (地方公共団体コード, from the token), the staff member or client,
 * their roles and where the request came from. Every use case receives it explicitly.
 */
public record Caller(String lgCode, String actor, Set<String> roles, String clientAddress) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
