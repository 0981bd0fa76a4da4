package jp.kikan.chihozei.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.nozeigimusha.domain.FukakijitsuJuminPolicy;
import jp.kikan.chihozei.nozeigimusha.domain.JuminKirokuVersion;

/**
 * Writes the {@link DemoShotokuGenerator demo incomes} of a municipality's residents for a 年度: every resident who
 * lived there on the 賦課期日 (FukakijitsuJuminPolicy, from the feed's changes) and has neither a 申告 nor a
 * 給与支払報告書 row for the 年度 gets what the generator says — reports into kyuyo_hokoku, already matched (氏名 +
 * 生年月日 + 住所, as the employer wrote what the city knows), under one kyuyo_hokoku_file per employer; 申告 into
 * shinkoku as version 1 by {@value #ACTOR}. Whoever already has either is left alone (a clerk's entry wins), but still
 * counts for their household's family claims. A second run finds nobody left and adds nothing.
 *
 * <p>Households are read in 世帯番号 order and generated one at a time, so memory holds one household and the
 * current batch. Rows go in as multi-row INSERTs ({@code unnest} of arrays, {@value DemoShotokuRows#BATCH} a
 * statement), all in one transaction: a load is all or nothing, under an advisory lock per (municipality, 年度) so
 * two instances starting together load once. A clerk's 申告 recorded meanwhile wins (ON CONFLICT DO NOTHING).
 *
 * <p>Must not be called inside a JTA transaction: it takes a plain connection and commits itself.
 */
public final class DemoShotokuLoader {

    static final String ACTOR = "demo";

    private static final String PEOPLE = "select n.atenabango, n.shimei, n.shimei_furigana, n.seinengappi, n.seibetsu, "
            + "n.jusho, h.item->>'setaibango' as setaibango, h.item->>'zokugara' as zokugara, "
            + "(exists (select 1 from shinkoku s where s.lg_code = n.lg_code and s.atenabango = n.atenabango and s.nendo = ?) "
            + "or exists (select 1 from kyuyo_hokoku k where k.lg_code = n.lg_code and k.atenabango = n.atenabango "
            + "and k.nendo = ?)) as kison, v.henko_bango, v.jumin_jotai, v.idonengappi, v.jumin_kaishibi, v.henko_shubetsu "
            + "from nozeigimusha n "
            + "join jumin_kiroku h on h.lg_code = n.lg_code and h.atenabango = n.atenabango and h.henko_bango = n.henko_bango "
            + "join jumin_kiroku v on v.lg_code = n.lg_code and v.atenabango = n.atenabango "
            + "where n.lg_code = ? and n.kubun = 'jumin' and n.seinengappi is not null "
            + "order by setaibango nulls last, n.atenabango, v.henko_bango";

    private final DataSource ds;
    private final DemoShotokuGenerator generator;
    private final Clock clock;

    public DemoShotokuLoader(DataSource ds, DemoShotokuGenerator generator, Clock clock) {
        this.ds = Objects.requireNonNull(ds, "ds");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param jumin      residents on the 賦課期日 (with a birth date)
     * @param kison      of them, those who already had a 申告 or a report (left alone)
     * @param shinkoku   申告 written
     * @param hokoku     給与支払報告書 rows written
     * @param files      kyuyo_hokoku_file rows written (one per employer with a row)
     * @param mishinkoku adults (20 and over) written nothing: 未申告
     */
    public record Kekka(String lgCode, int nendo, int jumin, int kison, int shinkoku, int hokoku, int files,
            int mishinkoku, Duration elapsed) {

        public boolean nothingAdded() {
            return shinkoku == 0 && hokoku == 0 && files == 0;
        }
    }

    /** @param shorinengappi the business date the 申告 are recorded on */
    public Kekka load(String lgCode, int nendo, LocalDate shorinengappi) {
        long start = System.nanoTime();
        Nendo n = new Nendo(nendo);
        try (Connection c = ds.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement(
                        "select pg_advisory_xact_lock(hashtextextended('kikan-demo-shotoku:' || ? || ':' || ?, 0))")) {
                    lock.setString(1, lgCode);
                    lock.setInt(2, nendo);
                    lock.execute();
                }
                DemoShotokuRows rows = new DemoShotokuRows(c, lgCode, nendo, shorinengappi, clock.instant());
                int[] counts = read(c, lgCode, n, rows);
                int files = rows.finish();
                c.commit();
                return new Kekka(lgCode, nendo, counts[0], counts[1], rows.shinkoku(), rows.hokoku(), files, counts[2],
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo incomes for " + lgCode + " " + nendo + " not loaded: " + e.getMessage(), e);
        }
    }

    /** One resident while their rows are read. */
    private record Hito(DemoJinbutsu jinbutsu, String shimei, String furigana, String jusho, boolean kison,
            List<JuminKirokuVersion> versions) {
    }

    /** @return {residents on the day, already known, 未申告 adults} */
    private int[] read(Connection c, String lgCode, Nendo n, DemoShotokuRows rows) throws SQLException {
        int[] counts = new int[3];
        List<Hito> setai = new ArrayList<>();
        String setaibango = null;
        Hito hito = null;
        try (PreparedStatement ps = c.prepareStatement(PEOPLE)) {
            ps.setFetchSize(5_000); // a cursor, not the whole city at once (the connection is not in autocommit)
            ps.setInt(1, n.seireki());
            ps.setInt(2, n.seireki());
            ps.setString(3, lgCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String a = rs.getString("atenabango");
                    if (hito == null || !hito.jinbutsu().atenabango().equals(a)) {
                        add(hito, setai, n);
                        String s = rs.getString("setaibango");
                        // a new household: the previous one is complete (rows come in 世帯番号 order; no number, alone)
                        if (hito != null && (s == null || !s.equals(setaibango))) {
                            write(setai, n, rows, counts);
                        }
                        setaibango = s;
                        hito = new Hito(new DemoJinbutsu(a, rs.getDate("seinengappi").toLocalDate(), rs.getString("seibetsu"), s,
                                rs.getString("zokugara")), rs.getString("shimei"), rs.getString("shimei_furigana"),
                                rs.getString("jusho"), rs.getBoolean("kison"), new ArrayList<>());
                    }
                    java.sql.Date ido = rs.getDate("idonengappi");
                    java.sql.Date kaishi = rs.getDate("jumin_kaishibi");
                    hito.versions().add(new JuminKirokuVersion(rs.getLong("henko_bango"), rs.getString("jumin_jotai"),
                            ido == null ? null : ido.toLocalDate(), kaishi == null ? null : kaishi.toLocalDate(),
                            "shien_sochi".equals(rs.getString("henko_shubetsu"))));
                }
            }
        }
        add(hito, setai, n);
        write(setai, n, rows, counts);
        return counts;
    }

    /** A resident belongs to the household generated only if they lived here on the 賦課期日. */
    private static void add(Hito h, List<Hito> setai, Nendo n) {
        if (h != null && FukakijitsuJuminPolicy.jumin(h.versions(), n.fukaKijitsu())) {
            setai.add(h);
        }
    }

    private void write(List<Hito> setai, Nendo n, DemoShotokuRows rows, int[] counts) throws SQLException {
        if (setai.isEmpty()) {
            return;
        }
        if (setai.stream().allMatch(Hito::kison)) {
            counts[0] += setai.size(); // a household already known (a second run): nothing to generate
            counts[1] += setai.size();
            setai.clear();
            return;
        }
        Map<String, DemoShotoku> shotoku = generator.setai(setai.stream().map(Hito::jinbutsu).toList(), n.seireki());
        for (Hito h : setai) {
            counts[0]++;
            if (h.kison()) {
                counts[1]++;
                continue;
            }
            DemoShotoku d = shotoku.get(h.jinbutsu().atenabango());
            if (d.nashi()) {
                if (h.jinbutsu().age(n.shotokuNenMatsu()) >= 20) {
                    counts[2]++;
                }
                continue;
            }
            // a report names the person as the city knows them: without an address nobody could have matched it
            if (h.jusho() != null) {
                for (DemoShotoku.Kyuyo k : d.kyuyo()) {
                    rows.hokoku(h.jinbutsu(), h.shimei(), h.furigana(), h.jusho(), k);
                }
            }
            if (d.shinkoku() != null) {
                rows.shinkoku(h.jinbutsu().atenabango(), DemoShinkokuJson.naiyo(d.shinkoku()));
            }
        }
        setai.clear();
    }
}
