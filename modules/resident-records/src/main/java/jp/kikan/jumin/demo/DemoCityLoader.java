package jp.kikan.jumin.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kikan.jumin.domain.SearchKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a {@link DemoCityGenerator demo city} into the 住民記録 tables (setai, jumin_rireki, jumin, saiban) with
 * PostgreSQL COPY, committing every ~{@value #BATCH_RESIDENTS} residents.
 *
 * <p><b>Must not be called inside a {@code @Transactional} method (or any JTA transaction)</b>: it takes a
 * plain connection from the DataSource and manages its own transactions (autoCommit off, one commit per
 * batch). With Agroal, {@code getConnection()} outside a transaction gives exactly that.
 *
 * <p>Idempotent by municipality: if the municipality already has a resident, nothing is loaded. A
 * session-level advisory lock keeps two instances starting at once from loading twice. The saiban rows
 * (atenabango, setaibango) are raised with every batch, so the service continues numbering after the demo
 * residents even if a load stops half-way. Serials start after any existing saiban value.
 */
public final class DemoCityLoader {

    /** Residents per transaction. */
    static final int BATCH_RESIDENTS = 20_000;
    static final String SOSASHA = "demo-generator";

    private static final String COPY_SETAI = "COPY setai (lg_code, setaibango, version, created_at) FROM STDIN";
    private static final String COPY_RIREKI = "COPY jumin_rireki (lg_code, atenabango, rirekibango, ido_id, setaibango,"
            + " jumin_shubetsu, jumin_jotai, shimei, shimei_furigana, uji_nihonjin, na_nihonjin, seinengappi, seibetsu,"
            + " setainushi, zokugara, kisai_junjo, honseki, hittosha, jusho_shikuchosonkodo, jusho_choazakodo,"
            + " jusho_yubinbango, jusho_todofuken, jusho_shikugunchosonmei, jusho_choaza, jusho_banchigohyoki,"
            + " jusho_katagaki, jusho_katagaki_furigana, jumintonattanengappi, jushoosadametanengappi, tennyumaejusho,"
            + " kojinbango, juminhyokodo, shimei_gaikokujinromaji, shimei_gaikokujinkanji, kokuseki_chiiki,"
            + " hodai30jono45kubun, zairyushikaku, zairyukikan, zairyukikan_manryonengappi, zairyukadobango, idojiyu,"
            + " idonengappi, todokedenengappi, shorinengappi, shori_nichiji, sosasha) FROM STDIN";
    private static final String COPY_JUMIN = "COPY jumin (lg_code, atenabango, saishin_rirekibango, setaibango,"
            + " jumin_jotai, kana_key, shimei_key, jusho_key, seinengappi) FROM STDIN";
    private static final String SAIBAN_UPSERT = "INSERT INTO saiban (lg_code, kind, last_value) VALUES (?, ?, ?)"
            + " ON CONFLICT (lg_code, kind) DO UPDATE SET last_value = GREATEST(saiban.last_value, EXCLUDED.last_value)";

    private final DataSource dataSource;

    public DemoCityLoader(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @param loaded residents written (0 when skipped)
     * @param households households written
     * @param skipped true when the municipality already had residents
     */
    public record LoadResult(String lgCode, int loaded, int households, boolean skipped, Duration elapsed) {
    }

    public LoadResult load(DemoCityConfig cfg) {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            long lockKey = 0x4B494B414E000000L ^ Long.parseLong(cfg.lgCode());
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, lockKey);
                lock.execute();
            }
            try {
                if (hasResidents(c, cfg.lgCode())) {
                    return new LoadResult(cfg.lgCode(), 0, 0, true, Duration.ofNanos(System.nanoTime() - start));
                }
                long firstAtena = saiban(c, cfg.lgCode(), "atenabango") + 1;
                long firstSetai = saiban(c, cfg.lgCode(), "setaibango") + 1;
                c.setAutoCommit(false);
                int[] counts = copyAll(c, cfg, firstAtena, firstSetai);
                return new LoadResult(cfg.lgCode(), counts[0], counts[1], false,
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (SQLException | RuntimeException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
                try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, lockKey);
                    unlock.execute();
                }
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo city load failed for " + cfg.lgCode(), e);
        }
    }

    private static boolean hasResidents(Connection c, String lgCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM jumin WHERE lg_code = ? LIMIT 1")) {
            ps.setString(1, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long saiban(Connection c, String lgCode, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_value FROM saiban WHERE lg_code = ? AND kind = ?")) {
            ps.setString(1, lgCode);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    /** @return {residents, households} */
    private static int[] copyAll(Connection c, DemoCityConfig cfg, long firstAtena, long firstSetai)
            throws SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Iterator<DemoHousehold> it = DemoCityGenerator.iterator(cfg, firstAtena, firstSetai);
        StringBuilder setai = new StringBuilder(1 << 20);
        StringBuilder rireki = new StringBuilder(1 << 24);
        StringBuilder jumin = new StringBuilder(1 << 22);
        int residents = 0;
        int households = 0;
        int inBatch = 0;
        long lastAtena = firstAtena - 1;
        long lastSetai = firstSetai - 1;
        String lg = cfg.lgCode();
        while (it.hasNext()) {
            DemoHousehold h = it.next();
            households++;
            lastSetai++;
            appendSetai(setai, lg, h);
            String jushoKey = SearchKeys.jusho(h.jusho().fullText());
            for (DemoResident p : h.members()) {
                appendRireki(rireki, lg, h, p);
                appendJumin(jumin, lg, h, p, jushoKey);
                residents++;
                inBatch++;
                lastAtena++;
            }
            if (inBatch >= BATCH_RESIDENTS || !it.hasNext()) {
                flush(c, copy, setai, rireki, jumin, lg, lastAtena, lastSetai);
                inBatch = 0;
            }
        }
        return new int[] {residents, households};
    }

    private static void flush(Connection c, CopyManager copy, StringBuilder setai, StringBuilder rireki,
            StringBuilder jumin, String lg, long lastAtena, long lastSetai) throws SQLException {
        try {
            copyIn(copy, COPY_SETAI, setai);
            copyIn(copy, COPY_RIREKI, rireki);
            copyIn(copy, COPY_JUMIN, jumin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement ps = c.prepareStatement(SAIBAN_UPSERT)) {
            ps.setString(1, lg);
            ps.setString(2, "atenabango");
            ps.setLong(3, lastAtena);
            ps.addBatch();
            ps.setString(2, "setaibango");
            ps.setLong(3, lastSetai);
            ps.addBatch();
            ps.executeBatch();
        }
        c.commit();
    }

    private static void copyIn(CopyManager copy, String sql, StringBuilder rows) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        copy.copyIn(sql, new ByteArrayInputStream(bytes), 1 << 16);
    }

    // ---- COPY text format -------------------------------------------------------------------------

    private static void appendSetai(StringBuilder sb, String lg, DemoHousehold h) {
        field(sb, lg);
        field(sb, h.setaibango());
        field(sb, "0");
        last(sb, nichiji(h.kaisetsubi()));
    }

    private static void appendRireki(StringBuilder sb, String lg, DemoHousehold h, DemoResident p) {
        DemoAddress a = h.jusho();
        DemoResident.Gaikokujin g = p.gaikokujin();
        field(sb, lg);
        field(sb, p.atenabango());
        field(sb, "1");
        field(sb, p.idoId().toString());
        field(sb, h.setaibango());
        field(sb, p.juminShubetsu());
        field(sb, "jumin");
        field(sb, p.shimei());
        field(sb, p.shimeiFurigana());
        field(sb, p.ujiNihonjin());
        field(sb, p.naNihonjin());
        field(sb, p.seinengappi());
        field(sb, p.seibetsu());
        field(sb, p.setainushi() ? "t" : "f");
        field(sb, p.zokugara());
        field(sb, Integer.toString(p.kisaiJunjo()));
        field(sb, p.honseki());
        field(sb, p.hittosha());
        field(sb, a.shikuchosonkodo());
        field(sb, a.choazakodo());
        field(sb, a.yubinbango());
        field(sb, a.todofuken());
        field(sb, a.shikugunchosonmei());
        field(sb, a.choaza());
        field(sb, a.banchigohyoki());
        field(sb, a.katagaki());
        field(sb, a.katagakiFurigana());
        field(sb, p.jumintonattanengappi());
        field(sb, p.jushoosadametanengappi());
        field(sb, p.tennyumaejusho());
        field(sb, p.kojinbango());
        field(sb, p.juminhyokodo());
        field(sb, g == null ? null : g.romaji());
        field(sb, g == null ? null : g.kanji());
        field(sb, g == null ? null : g.kokusekiChiiki());
        field(sb, g == null ? null : g.hodai30jono45kubun());
        field(sb, g == null ? null : g.zairyushikaku());
        field(sb, g == null ? null : g.zairyukikan());
        field(sb, g == null ? null : g.zairyukikanManryonengappi());
        field(sb, g == null ? null : g.zairyukadobango());
        field(sb, p.idojiyu());
        field(sb, p.idonengappi());
        field(sb, p.idonengappi()); // 届出年月日
        field(sb, p.idonengappi()); // 処理年月日
        field(sb, nichiji(p.idonengappi()));
        last(sb, SOSASHA);
    }

    private static void appendJumin(StringBuilder sb, String lg, DemoHousehold h, DemoResident p, String jushoKey) {
        field(sb, lg);
        field(sb, p.atenabango());
        field(sb, "1");
        field(sb, h.setaibango());
        field(sb, "jumin");
        field(sb, SearchKeys.kana(p.shimeiFurigana()));
        field(sb, SearchKeys.shimei(p.shimei()));
        field(sb, jushoKey);
        last(sb, p.seinengappi());
    }

    /** 09:00 JST of the day. */
    private static String nichiji(LocalDate d) {
        return d + " 09:00:00+09";
    }

    private static void field(StringBuilder sb, Object value) {
        value(sb, value);
        sb.append('\t');
    }

    private static void last(StringBuilder sb, Object value) {
        value(sb, value);
        sb.append('\n');
    }

    private static void value(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }
}
