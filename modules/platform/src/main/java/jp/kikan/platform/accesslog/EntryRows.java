package jp.kikan.platform.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads access-log rows with their targets (aggregated in one column, in their order). */
final class EntryRows {

    /** Targets as "type\u001Fid\u001E…": separators that cannot occur in the validated text of a target. */
    static final String SELECT = "SELECT a.id, a.lg_code, a.chain, a.seq, a.occurred_at, a.actor, a.actor_roles, "
            + "a.action, a.target_type, a.target_id, a.detail, a.client_address, a.key_id, a.prev_hash, a.hash, "
            + "(SELECT string_agg(t.target_type || chr(31) || t.target_id, chr(30) ORDER BY t.ord) "
            + "FROM access_log_target t WHERE t.lg_code = a.lg_code AND t.chain = a.chain AND t.seq = a.seq) AS targets "
            + "FROM access_log a";

    private EntryRows() {
    }

    static AccessLogEntry read(ResultSet rs) throws SQLException {
        return new AccessLogEntry(rs.getLong("id"), rs.getString("lg_code"), rs.getInt("chain"), rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_roles"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), targets(rs.getString("targets")), rs.getString("detail"),
                rs.getString("client_address"), rs.getString("key_id"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static List<AccessTarget> targets(String agg) {
        if (agg == null || agg.isEmpty()) {
            return List.of();
        }
        List<AccessTarget> out = new ArrayList<>();
        for (String part : agg.split("\u001E", -1)) {
            int sep = part.indexOf('\u001F');
            out.add(new AccessTarget(part.substring(0, sep), part.substring(sep + 1)));
        }
        return out;
    }
}
