package jp.kikan.jumin.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.platform.feed.FeedItem;
import jp.kikan.platform.quarkus.feed.consumer.FeedItemHandler;

/**
 * What a consumer such as local tax does with each item: keeps its own copy of the person, applying an item
 * only when its henko_bango is higher than the one it holds. It runs in the item's JTA transaction (the
 * consumer's datasource joins it); it also records, in its own tables, anything that must never happen — a
 * change applied twice (primary key), or the 支援措置 flag turned off while the source has an active measure.
 */
final class CopyHandler implements FeedItemHandler<FeedOverHttpTest.Item> {

    private final String consumer;
    private final DataSource db;
    /** The resident service's database, read outside the consumer's transaction to know the truth. */
    private final DataSource source;

    CopyHandler(String consumer, DataSource db, DataSource source) {
        this.consumer = consumer;
        this.db = db;
        this.source = source;
    }

    @Override
    public void apply(FeedItem<FeedOverHttpTest.Item> item) throws SQLException {
        FeedOverHttpTest.Item it = item.body();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into copy_applied values (?, ?)")) {
                ps.setString(1, consumer);
                ps.setString(2, item.changeId());
                ps.executeUpdate();
            }
            Long held = null;
            boolean heldShien = false;
            try (PreparedStatement ps = c.prepareStatement(
                    "select henko_bango, shien from copy_jumin where consumer = ? and atenabango = ? for update")) {
                ps.setString(1, consumer);
                ps.setString(2, it.atenabango());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        held = rs.getLong(1);
                        heldShien = rs.getBoolean(2);
                    }
                }
            }
            if (held != null && it.henkoBango() <= held) {
                return; // older than what we hold, or the same change again: never move back
            }
            boolean shien = Boolean.TRUE.equals(it.shienSochiTaisho());
            if (heldShien && !shien && activeMeasure(it.atenabango())) {
                try (PreparedStatement ps = c.prepareStatement("insert into copy_violation values (?, ?)")) {
                    ps.setString(1, consumer);
                    ps.setString(2, "un-protected " + it.atenabango() + " at " + it.henkoBango());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into copy_jumin values (?, ?, ?, ?, ?, ?) "
                    + "on conflict (consumer, atenabango) do update set rirekibango = excluded.rirekibango, "
                    + "henko_bango = excluded.henko_bango, shimei = excluded.shimei, shien = excluded.shien")) {
                ps.setString(1, consumer);
                ps.setString(2, it.atenabango());
                ps.setInt(3, it.rirekibango());
                ps.setLong(4, it.henkoBango());
                ps.setString(5, it.shimei());
                ps.setBoolean(6, shien);
                ps.executeUpdate();
            }
        }
    }

    private boolean activeMeasure(String atenabango) throws SQLException {
        try (Connection c = source.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from shien_sochi s where s.atenabango = ? "
                        + "and not exists (select 1 from shien_sochi_shuryo e where e.lg_code = s.lg_code "
                        + "and e.sochi_id = s.sochi_id and e.shuryobi <= current_date)")) {
            ps.setString(1, atenabango);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** atenabango → "rirekibango|shimei|shien" of the consumer's copy. */
    static Map<String, String> copyState(DataSource db, String consumer) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select atenabango, rirekibango, shimei, shien from copy_jumin where consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4));
                }
            }
        }
        return out;
    }
}
