package jp.kikan.jumin.support;

import java.util.List;
import jp.kikan.platform.test.DbSnapshot;

/** Direct look into the database, to prove that a refused request changed nothing. */
public final class Db {

    /** Every table an 異動 writes. */
    private static final List<String> WRITTEN = List.of("jumin_rireki", "jumin", "setai");

    private Db() {
    }

    public static long count(String sql) {
        return DbSnapshot.count(sql);
    }

    /** Every table a request can write, the access log included: a request refused as malformed changes none. */
    private static final List<String> ALL = List.of("jumin_rireki", "jumin", "jumin_sakuin", "setai", "shien_sochi",
            "shien_sochi_shuryo", "shomei_kofu");

    /** Rows of every table, the access log and the command log included, as one comparable value. */
    public static java.util.Map<String, Long> everything() {
        return DbSnapshot.of(ALL);
    }

    /** Rows in every table a write touches (and the households' versions): a refused command leaves them as they were. */
    public static String snapshot() {
        return DbSnapshot.withoutAccessLog(WRITTEN) + "/setai.version=" + count("select coalesce(sum(version),0) from setai");
    }
}
