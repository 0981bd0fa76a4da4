package jp.kikan.platform.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The command log behind idempotent commands (table from {@code db/platform/V1_0_4__platform_command.sql}).
 *
 * <p><b>The caller owns the transaction</b>: {@link #claim} takes a transaction-scoped advisory lock on
 * (municipality, caller, key), so a retry racing the first attempt waits for it to commit and then finds
 * its result; {@link #record} inserts in the same transaction as the command's own writes, so a command
 * and its audit record commit together or not at all.
 */
public final class JdbcCommandLog {

    private final ObjectMapper mapper;

    public JdbcCommandLog(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** SHA-256 over the command type and the request as JSON: a reused key with another request is refused. */
    public String hash(String commandType, Object request) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(commandType.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(d.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash command " + commandType, e);
        }
    }

    /** Serialises requests carrying the same key of the same caller until the current transaction ends. */
    public void claim(Connection c, String lgCode, String actor, String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, lgCode + "/" + actor + "/" + key);
            ps.execute();
        } catch (SQLException e) {
            throw new CommandLogException("cannot claim idempotency key", e);
        }
    }

    public Optional<StoredCommand> find(Connection c, String lgCode, String actor, String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT command_type, request_hash, result_type, "
                + "result_version, result::text, client_address, recorded_at FROM platform_command "
                + "WHERE lg_code = ? AND actor = ? AND idempotency_key = ?")) {
            ps.setString(1, lgCode);
            ps.setString(2, actor);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredCommand(lgCode, actor, key, rs.getString(1), rs.getString(2).trim(),
                        rs.getString(3), rs.getInt(4), mapper.readTree(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new CommandLogException("cannot read command log", e);
        }
    }

    public void record(Connection c, StoredCommand cmd) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform_command (lg_code, actor, idempotency_key, "
                + "command_type, request_hash, result_type, result_version, result, client_address, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)")) {
            ps.setString(1, cmd.lgCode());
            ps.setString(2, cmd.actor());
            ps.setString(3, cmd.idempotencyKey());
            ps.setString(4, cmd.commandType());
            ps.setString(5, cmd.requestHash());
            ps.setString(6, cmd.resultType());
            ps.setInt(7, cmd.resultVersion());
            ps.setString(8, mapper.writeValueAsString(cmd.result()));
            ps.setString(9, cmd.clientAddress());
            ps.setObject(10, OffsetDateTime.ofInstant(cmd.recordedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new CommandLogException("cannot record command " + cmd.commandType(), e);
        }
    }

    /** Converts a stored result back; the caller checks {@link StoredCommand#resultVersion()} first. */
    public <R> R read(JsonNode result, Class<R> type) {
        try {
            return mapper.treeToValue(result, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is not a " + type.getSimpleName(), e);
        }
    }

    public JsonNode toJson(Object result) {
        return mapper.valueToTree(result);
    }
}
