package jp.kikan.jumin.domain;

/** 住所 as the standard's items (住所_都道府県 … 住所_方書). */
public record Jusho(
        String shikuchosonkodo,
        String choazakodo,
        String yubinbango,
        String todofuken,
        String shikugunchosonmei,
        String choaza,
        String banchigohyoki,
        String katagaki,
        String katagakiFurigana) {

    /** The address as printed on a certificate: 都道府県 市区郡町村 町字 番地 方書. */
    public String hyoki() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {todofuken, shikugunchosonmei, choaza, banchigohyoki}) {
            if (part != null) {
                sb.append(part);
            }
        }
        if (katagaki != null && !katagaki.isBlank()) {
            sb.append('　').append(katagaki);
        }
        return sb.toString();
    }
}
