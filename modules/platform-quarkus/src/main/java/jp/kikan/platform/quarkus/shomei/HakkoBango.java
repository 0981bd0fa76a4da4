package jp.kikan.platform.quarkus.shomei;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The 発行番号 of a service's certificates and notices: issue date + serial per municipality and day (e.g.
 * 20260401-000042, the form of resident records' numbers), from the service's own counter table
 * {@code (lg_code char(6), hakko_bi date, last_value bigint, primary key (lg_code, hakko_bi))}. The counter row stays
 * locked until the issuance commits, so the numbers are gapless: a rolled-back issuance gives its number back. Also
 * the SHA-256 a 交付履歴 keeps of the PDF handed out, so a printed paper can be checked against the record later.
 */
public final class HakkoBango {

    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,63}");

    private HakkoBango() {
    }

    /** Takes the day's next number from {@code table} (the service's counter, named in its migrations). */
    public static String next(DataSource ds, String table, String lgCode, LocalDate day) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a counter table name: " + table);
        }
        long serial = Sql.one(ds, "insert into " + table + " (lg_code, hakko_bi, last_value) values (?, ?, 1) "
                + "on conflict (lg_code, hakko_bi) do update set last_value = " + table + ".last_value + 1 "
                + "returning last_value", rs -> rs.getLong(1), lgCode, day).orElseThrow();
        return day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + String.format("%06d", serial);
    }

    /** The SHA-256 (hex) of what was handed out. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
