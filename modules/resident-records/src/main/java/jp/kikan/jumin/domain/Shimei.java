package jp.kikan.jumin.domain;

/**
 * 氏名 and its readings. Stored exactly as registered: old/variant characters (𠮷, 髙) and IVS
 * sequences are kept intact; only {@link SearchKeys} fold them for searching.
 */
public record Shimei(
        String shimei,
        String furigana,
        String ujiNihonjin,
        String naNihonjin,
        String kyuji,
        String kyujiFurigana) {
}
