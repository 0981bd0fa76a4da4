package jp.kikan.jumin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.kikan.jumin.domain.SearchKeys;

/**
 * Search terms drawn from the city as a clerk types them: 2–3 kana from anywhere in a reading (partial), a
 * surname as registered (氏), a birth date, and 町字 + 番地 of an address. The same draw for the Gatling benchmark
 * and for {@link SearchLatencyBenchmark}, so their figures are of the same terms.
 */
record SearchTerms(List<String> kana, List<String> surnames, List<String> birthdays, List<String> addresses) {

    /** A random sample of the city's residents (reading, 氏, birth date, 町字, 番地), fixed by the seed. */
    static String sampleSql(String lgCode, long seed) {
        return "select r.shimei_furigana, r.uji_nihonjin, r.seinengappi, r.jusho_choaza,"
                + " r.jusho_banchigohyoki from jumin j join jumin_rireki r on r.lg_code = j.lg_code"
                + " and r.atenabango = j.atenabango and r.rirekibango = j.saishin_rirekibango where j.lg_code = '"
                + lgCode + "' and j.jumin_jotai = 'jumin' order by md5(j.atenabango || '" + seed + "') limit 5000";
    }

    static final int SAMPLE_COLUMNS = 5;

    static SearchTerms draw(List<String[]> sample, Random rnd) {
        List<String> kana = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        List<String> birthdays = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (String[] s : sample) {
            String key = SearchKeys.kana(s[0]);
            if (key.length() >= 3) {
                int len = 2 + rnd.nextInt(2);
                int at = rnd.nextInt(key.length() - len + 1);
                kana.add(key.substring(at, at + len));
            }
            if (s[1] != null && !s[1].isBlank()) {
                surnames.add(s[1]);
            }
            if (s[2] != null) {
                birthdays.add(s[2]);
            }
            if (s[3] != null && s[4] != null) {
                addresses.add(s[3] + s[4]); // 町字 + 番地, as a clerk types an address
            }
        }
        return new SearchTerms(kana, surnames, birthdays, addresses);
    }
}
