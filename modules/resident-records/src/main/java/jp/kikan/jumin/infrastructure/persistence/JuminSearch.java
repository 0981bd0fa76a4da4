package jp.kikan.jumin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.kikan.jumin.application.JuminRepository.SearchCriteria;
import jp.kikan.jumin.application.JuminRepository.SearchPage;
import jp.kikan.jumin.domain.JuminVersion;
import org.hibernate.jpa.HibernateHints;

/**
 * The resident search: the hits of the criteria, how many (exact up to {@link SearchPage#COUNT_CAP}, else
 * COUNT_CAP + 1) and a page of them in reading order (kana_key, then 宛名番号). Which statements read them
 * depends on the term and on how many it hits — never on remembered results:
 * <ul>
 *   <li>a kana of 2–3 characters or a name of 1–2, alone: its range of the search index (jumin_sakuin, V5),
 *   already in reading order — the count stops at COUNT_CAP + 1 entries, the page reads its own;</li>
 *   <li>anything else: at most COUNT_CAP + 1 hits through the search indexes (bigrams, characters, birth date,
 *   trigrams of the address); up to COUNT_CAP the page is sorted from them. Beyond it the page comes from the
 *   search index walked in reading order when there is one term (a longer kana or name: the entries of its
 *   first part that contain all of it), or else sorted from all the hits.</li>
 * </ul>
 * Sorting every hit for a page is what made two kana such as トウ (15,000 of 100,000 residents) slow, and
 * walking the whole city in reading order is worse: a term's hits cluster under its readings (渡辺's first 20
 * come after 96,000 others).
 */
@ApplicationScoped
public class JuminSearch {

    /** Hits counted: one more than the cap says "more than COUNT_CAP". */
    private static final int COUNTED = SearchPage.COUNT_CAP + 1;

    /** Joins a term's bigrams into one parameter (U+001F, which a search key does not hold). */
    private static final char BIGRAM_SEPARATOR = '\u001f';

    @Inject
    EntityManager em;

    public SearchPage search(String lgCode, SearchCriteria c) {
        SakuinTerm term = SakuinTerm.of(c);
        List<Object[]> rows;
        if (term != null && term.exact()) {
            rows = query("select p.atenabango, c.n from (select count(*) as n from (select 1 from jumin_sakuin"
                    + " where lg_code = :lg and kind = :kind and gram = :gram limit :counted) x) c left join lateral"
                    + " (select atenabango from jumin_sakuin where lg_code = :lg and kind = :kind and gram = :gram"
                    + " order by kana_key, atenabango offset :offset limit :limit) p on true", c)
                    .setParameter("lg", lgCode).setParameter("kind", String.valueOf(term.kind()))
                    .setParameter("gram", term.gram()).getResultList();
        } else {
            Map<String, Object> p = new HashMap<>();
            String where = where(lgCode, c, p);
            // the page is sorted from the hits only when they are all there (fewer than COUNTED)
            Query q = query("with hits as materialized (select atenabango, kana_key from jumin where " + where
                    + " limit :counted) select h.atenabango, (select count(*) from hits) from (select 1) one"
                    + " left join lateral (select atenabango from hits where (select count(*) from hits) < :counted"
                    + " order by kana_key, atenabango offset :offset limit :limit) h on true", c);
            p.forEach(q::setParameter);
            rows = q.getResultList();
        }
        long total = rows.isEmpty() ? 0 : Math.min(((Number) rows.get(0)[1]).longValue(), COUNTED);
        List<String> ids = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[0] != null) {
                ids.add((String) r[0]);
            }
        }
        if (total == COUNTED && (term == null || !term.exact())) {
            ids = largePage(lgCode, c, term);
        }
        return new SearchPage(total, ids.isEmpty() ? List.of() : versions(lgCode, ids));
    }

    /** The page of a search with more than COUNT_CAP hits that the search index does not answer directly. */
    @SuppressWarnings("unchecked")
    private List<String> largePage(String lgCode, SearchCriteria c, SakuinTerm term) {
        if (term == null) {
            Map<String, Object> p = new HashMap<>();
            Query q = query("select atenabango from jumin where " + where(lgCode, c, p)
                    + " order by kana_key, atenabango offset :offset limit :limit", c);
            p.forEach(q::setParameter);
            return q.getResultList();
        }
        String walk = term.kind() == SakuinTerm.KANA
                ? "select s.atenabango from jumin_sakuin s where s.lg_code = :lg and s.kind = 'k' and s.gram = :gram"
                        + " and s.kana_key like :pattern"
                : "select s.atenabango from jumin_sakuin s join jumin j on j.lg_code = s.lg_code"
                        + " and j.atenabango = s.atenabango where s.lg_code = :lg and s.kind = 's' and s.gram = :gram"
                        + " and j.shimei_key like :pattern";
        return query(walk + " order by s.kana_key, s.atenabango offset :offset limit :limit", c)
                .setParameter("lg", lgCode).setParameter("gram", term.gram())
                .setParameter("pattern", "%" + escapeLike(term.term()) + "%").getResultList();
    }

    private Query query(String sql, SearchCriteria c) {
        Query q = em.createNativeQuery(sql).setParameter("offset", c.offset()).setParameter("limit", c.limit());
        if (sql.contains(":counted")) {
            q.setParameter("counted", COUNTED);
        }
        return q;
    }

    /** The page's latest versions, in the page's order: SQL of fixed text (the ids as one parameter), read-only. */
    @SuppressWarnings("unchecked")
    private List<JuminVersion> versions(String lgCode, List<String> ids) {
        Map<String, JuminVersion> versions = new HashMap<>();
        List<JuminRirekiEntity> page = em.createNativeQuery("select r.* from jumin h join jumin_rireki r "
                        + "on r.lg_code = h.lg_code and r.atenabango = h.atenabango and r.rirekibango = h.saishin_rirekibango "
                        + "where h.lg_code = ?1 and h.atenabango = any(string_to_array(?2, ','))", JuminRirekiEntity.class)
                .setParameter(1, lgCode).setParameter(2, String.join(",", ids))
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        page.forEach(r -> versions.put(r.atenabango, r.toDomain()));
        return ids.stream().map(versions::get).toList();
    }

    private static String where(String lgCode, SearchCriteria c, Map<String, Object> p) {
        StringBuilder where = new StringBuilder("lg_code = :lg");
        p.put("lg", lgCode);
        if (!c.includeRemoved()) {
            where.append(" and jumin_jotai = 'jumin'");
        }
        contains(where, p, "kana", c.kanaKey());
        contains(where, p, "shimei", c.shimeiKey());
        if (c.jushoKey() != null && !c.jushoKey().isEmpty()) {
            where.append(" and jusho_key like :jusho");
            p.put("jusho", "%" + escapeLike(c.jushoKey()) + "%");
        }
        if (c.seinengappi() != null) {
            where.append(" and seinengappi = :sei");
            p.put("sei", c.seinengappi());
        }
        if (c.atenabango() != null) {
            where.append(" and atenabango = :atena");
            p.put("atena", c.atenabango());
        }
        return where.toString();
    }

    /**
     * Partial match on a search key: two characters use the bigram index (V3); three or more the same index,
     * asking for rows holding every two-character part of the term (which any row containing it does), then the
     * exact match — trigram indexes served CJK terms poorly (42 ms mean for a three-character surname); a single
     * character of a name the index of its characters (V5); a single kana (most of the city) a scan.
     */
    private static void contains(StringBuilder where, Map<String, Object> p, String key, String term) {
        if (term == null || term.isEmpty()) {
            return;
        }
        int[] cps = term.codePoints().toArray();
        if (cps.length == 1 && key.equals("shimei")) {
            where.append(" and string_to_array(shimei_key, null) @> cast(array[cast(:shimei as text)] as text[])");
            p.put(key, term);
            return;
        }
        if (cps.length == 2) {
            where.append(" and ").append(key).append("_bigrams @> cast(array[cast(:").append(key)
                    .append(" as text)] as text[])");
            p.put(key, term);
            return;
        }
        if (cps.length > 2 && term.indexOf(BIGRAM_SEPARATOR) < 0) {
            LinkedHashSet<String> bigrams = new LinkedHashSet<>();
            for (int i = 0; i + 1 < cps.length; i++) {
                bigrams.add(new String(cps, i, 2));
            }
            where.append(" and ").append(key).append("_bigrams @> string_to_array(cast(:").append(key)
                    .append("Bigrams as text), chr(31))");
            p.put(key + "Bigrams", String.join(String.valueOf(BIGRAM_SEPARATOR), bigrams));
        }
        where.append(" and ").append(key).append("_key like :").append(key);
        p.put(key, "%" + escapeLike(term) + "%");
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
