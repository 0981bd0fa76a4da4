package jp.kikan.chihozei.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one load, written in batches on the loader's connection (its transaction): each batch one INSERT of
 * {@code unnest}ed arrays — a statement per {@value #BATCH} rows rather than one per row, which is what makes a city of
 * 100,000 take seconds.
 */
final class DemoShotokuRows {

    static final int BATCH = 2_000;

    private static final String SHINKOKU = "insert into shinkoku (lg_code, atenabango, nendo, version, naiyo, shorinengappi, "
            + "shori_at, actor) select ?, a, ?, 1, n::jsonb, ?, ?, '" + DemoShotokuLoader.ACTOR + "' "
            + "from unnest(?::text[], ?::text[]) as t(a, n) on conflict do nothing";
    private static final String HOKOKU = "insert into kyuyo_hokoku (lg_code, file_id, line_no, nendo, atenabango, totsugo, "
            + "shiharaisha_meisho, shimei, shimei_furigana, seinengappi, jusho, kyuyo_shunyu, shakai_hokenryo, "
            + "shokibo_kigyo_kyosai_kakekin, shiteibango, futsu_choshu_riyu) "
            + "select ?, f, l, ?, a, 'shimei_seinengappi_jusho', m, s, k, b::date, j, ks, sh, sk, sb, fr "
            + "from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], "
            + "?::bigint[], ?::bigint[], ?::text[], ?::text[]) as t(f, l, a, m, s, k, b, j, ks, sh, sk, sb, fr)";
    private static final String FILE = "insert into kyuyo_hokoku_file (lg_code, file_id, sha256, file_name, gyosu, torikomi, "
            + "mitotsugo, errors, received_at, actor) values (?, ?, ?, ?, ?, ?, 0, '[]'::jsonb, ?, '" + DemoShotokuLoader.ACTOR
            + "')";

    private final Connection c;
    private final String lgCode;
    private final int nendo;
    private final LocalDate shorinengappi;
    private final OffsetDateTime now;
    private final DemoHokokuFiles files;
    private final List<String[]> shinkokuRows = new ArrayList<>();
    private final List<Object[]> hokokuRows = new ArrayList<>();
    private int shinkoku;
    private int hokoku;

    DemoShotokuRows(Connection c, String lgCode, int nendo, LocalDate shorinengappi, Instant now) {
        this.c = c;
        this.lgCode = lgCode;
        this.nendo = nendo;
        this.shorinengappi = shorinengappi;
        this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.files = new DemoHokokuFiles(lgCode, nendo);
    }

    void shinkoku(String atenabango, String naiyo) throws SQLException {
        shinkokuRows.add(new String[] {atenabango, naiyo});
        if (shinkokuRows.size() >= BATCH) {
            flushShinkoku();
        }
    }

    void hokoku(DemoJinbutsu p, String shimei, String furigana, String jusho, DemoShotoku.Kyuyo k) throws SQLException {
        String birth = p.seinengappi().toString();
        int line = files.add(k.jigyosho(), p.atenabango(), shimei, furigana, birth, jusho, k);
        hokokuRows.add(new Object[] {files.fileId(k.jigyosho()), line, p.atenabango(), k.jigyosho().meisho(), shimei, furigana,
            birth, jusho, k.shunyu(), k.shakaiHokenryo(), k.shokiboKigyoKyosaiKakekin(), k.jigyosho().shiteiBango(),
            DemoHokokuFiles.futsuChoshuRiyu(k)});
        if (hokokuRows.size() >= BATCH) {
            flushHokoku();
        }
    }

    /** Writes what is left and the files. @return files written */
    int finish() throws SQLException {
        flushShinkoku();
        flushHokoku();
        List<DemoHokokuFiles.Fairu> all = files.files();
        try (PreparedStatement ps = c.prepareStatement(FILE)) {
            for (DemoHokokuFiles.Fairu f : all) {
                ps.setString(1, lgCode);
                ps.setString(2, f.fileId);
                ps.setString(3, f.sha256());
                ps.setString(4, f.fileName(nendo));
                ps.setInt(5, f.gyosu());
                ps.setInt(6, f.gyosu());
                ps.setObject(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return all.size();
    }

    int shinkoku() {
        return shinkoku;
    }

    int hokoku() {
        return hokoku;
    }

    private void flushShinkoku() throws SQLException {
        if (shinkokuRows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SHINKOKU)) {
            ps.setString(1, lgCode);
            ps.setInt(2, nendo);
            ps.setObject(3, shorinengappi);
            ps.setObject(4, now);
            ps.setArray(5, array("text", shinkokuRows, 0));
            ps.setArray(6, array("text", shinkokuRows, 1));
            shinkoku += ps.executeUpdate();
        }
        shinkokuRows.clear();
    }

    private void flushHokoku() throws SQLException {
        if (hokokuRows.isEmpty()) {
            return;
        }
        String[] types = {"text", "int4", "text", "text", "text", "text", "text", "text", "int8", "int8", "int8", "text", "text"};
        try (PreparedStatement ps = c.prepareStatement(HOKOKU)) {
            ps.setString(1, lgCode);
            ps.setInt(2, nendo);
            for (int i = 0; i < types.length; i++) {
                ps.setArray(3 + i, array(types[i], hokokuRows, i));
            }
            hokoku += ps.executeUpdate();
        }
        hokokuRows.clear();
    }

    private Array array(String type, List<?> rows, int column) throws SQLException {
        Object[] values = switch (type) {
            case "int4" -> new Integer[rows.size()];
            case "int8" -> new Long[rows.size()];
            default -> new String[rows.size()];
        };
        for (int i = 0; i < rows.size(); i++) {
            values[i] = ((Object[]) rows.get(i))[column];
        }
        return c.createArrayOf(type, values);
    }
}
