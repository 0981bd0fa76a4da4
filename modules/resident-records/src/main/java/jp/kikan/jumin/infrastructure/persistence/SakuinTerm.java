package jp.kikan.jumin.infrastructure.persistence;

import jp.kikan.jumin.application.JuminRepository.SearchCriteria;

/**
 * The one term of a search that the search index (jumin_sakuin, V5) can answer in reading order: a kana or a
 * name, alone, among current residents only (the index holds no removed resident). The index holds every 2 and
 * 3 characters of each reading (kind 'k') and every 1 and 2 characters of each name (kind 's'): a term of
 * those lengths is one of its keys ({@link #exact()}); a longer term is found by walking the entries of its
 * first part ({@link #gram()}), keeping those that contain the whole term.
 *
 * @param kind 'k' (kana_key) or 's' (shimei_key)
 * @param term the search key (SearchKeys.kana or SearchKeys.shimei of what the clerk typed)
 * @param gram the index key to read: the term itself when exact, else its first 3 (kana) or 2 (name) characters
 */
record SakuinTerm(char kind, String term, String gram, boolean exact) {

    static final char KANA = 'k';
    static final char SHIMEI = 's';

    /** The term of a search the index can serve, or null (several criteria, removed residents, one kana). */
    static SakuinTerm of(SearchCriteria c) {
        boolean kana = present(c.kanaKey());
        boolean shimei = present(c.shimeiKey());
        if (c.includeRemoved() || kana == shimei || present(c.jushoKey()) || c.seinengappi() != null
                || c.atenabango() != null) {
            return null;
        }
        return kana ? of(KANA, c.kanaKey(), 2, 3) : of(SHIMEI, c.shimeiKey(), 1, 2);
    }

    private static SakuinTerm of(char kind, String term, int shortest, int longest) {
        int length = term.codePointCount(0, term.length());
        if (length < shortest) {
            return null;
        }
        if (length <= longest) {
            return new SakuinTerm(kind, term, term, true);
        }
        return new SakuinTerm(kind, term, term.substring(0, term.offsetByCodePoints(0, longest)), false);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
