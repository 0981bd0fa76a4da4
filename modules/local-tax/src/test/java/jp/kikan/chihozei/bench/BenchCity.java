package jp.kikan.chihozei.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The residents of a benchmark's city, straight into the tables by set-based SQL: households shaped as the demo city's
 * (1 ≈ 38 %, 2 ≈ 28 %, 3 ≈ 17 %, 4 ≈ 12 %, 5 ≈ 5 % — DemoCityGenerator; 2.18 a household), each person a taxpayer
 * record ({@code nozeigimusha}, as the feed leaves it). On the connection of the statement it leaves the temp tables
 * {@code bench_hito} (h, i, a = 宛名番号, b = 生年月日: i = 1 the head, 2 the spouse, then children) and {@code bench_ie}
 * (h, n persons, a1 head, a2 spouse or null, age of the head on {@code kijun}).
 */
final class BenchCity {

    private BenchCity() {
    }

    /**
     * Loads about {@code residents} persons (households of the shape above; 宛名番号 {@code prefix} + 9 digits).
     *
     * @return residents, households
     */
    static long[] load(Statement st, String lgCode, int residents, String prefix, String kijun) throws SQLException {
        long h = Math.round(residents / 2.18);
        st.execute("create temp table bench_setai as select h, case when h % 100 < 38 then 1 when h % 100 < 66 then 2 "
                + "when h % 100 < 83 then 3 when h % 100 < 95 then 4 else 5 end as n from generate_series(1, " + h + ") h");
        st.execute("create temp table bench_hito as select h, i, "
                + "'" + prefix + "' || lpad((row_number() over (order by h, i))::text, 9, '0') as a, "
                + "case when i = 1 then date '1945-01-01' + (h * 37 % 21000)::int "
                + "when i = 2 then date '1945-01-01' + (h * 37 % 21000)::int + (h % 4) * 365 "
                + "else date '2000-01-01' + ((h * 53 + i) % 8900)::int end as b "
                + "from bench_setai, generate_series(1, n) i");
        st.execute("create temp table bench_ie as select s.h, s.n, h1.a as a1, h2.a as a2, "
                + "extract(year from age(date '" + kijun + "', h1.b))::int as age from bench_setai s "
                + "join bench_hito h1 on h1.h = s.h and h1.i = 1 left join bench_hito h2 on h2.h = s.h and h2.i = 2");
        st.execute("insert into nozeigimusha (lg_code, atenabango, kubun, henko_bango, shimei, shimei_furigana, seinengappi, "
                + "seibetsu, jusho, jumin_jotai, shien_sochi_taisho, kana_key) select '" + lgCode + "', a, 'jumin', "
                + "row_number() over (order by a), '試験　' || a, 'シケン', b, case when i = 2 then '2' else '1' end, "
                + "'みなみ市本町' || (h % 30 + 1) || '丁目' || (h % 40 + 1) || '番', 'jumin', h % 500 = 0, 'シケン' from bench_hito");
        st.execute("analyze bench_hito");
        st.execute("analyze bench_ie");
        try (ResultSet r = st.executeQuery("select (select count(*) from bench_hito), count(*) from bench_ie")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }
}
