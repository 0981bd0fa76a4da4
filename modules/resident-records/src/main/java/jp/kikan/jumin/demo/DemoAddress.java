package jp.kikan.jumin.demo;

/**
 * 住所 of a demo household (columns jusho_* of jumin_rireki).
 *
 * @param choazakodo 7-digit 町字コード (4-digit 大字・町 + 3-digit 丁目・小字; fictional)
 * @param yubinbango 7 digits (fictional, 000xxxx)
 * @param katagaki 方書 (apartment and room) or null
 * @param katagakiFurigana katakana reading of the 方書, or null
 */
public record DemoAddress(
        String shikuchosonkodo,
        String choazakodo,
        String yubinbango,
        String todofuken,
        String shikugunchosonmei,
        String choaza,
        String banchigohyoki,
        String katagaki,
        String katagakiFurigana) {

    /** 都道府県 + 市区郡町村名 + 町字 + 番地号 + 方書: the text jumin.jusho_key is derived from. */
    public String fullText() {
        return todofuken + shikugunchosonmei + choaza + banchigohyoki + (katagaki == null ? "" : katagaki);
    }
}
