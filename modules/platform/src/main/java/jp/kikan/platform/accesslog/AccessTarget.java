package jp.kikan.platform.accesslog;

import java.util.Objects;

/**
 * One person or record an access touched (e.g. type {@code jumin}, id = 宛名番号). An entry keeps each
 * target as its own row, so an auditor asking for one person finds every entry that touched them —
 * a household certificate or a search hit as well as a direct lookup.
 */
public record AccessTarget(String type, String id) {

    public AccessTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
