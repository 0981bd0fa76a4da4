package jp.kikan.jumin.demo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One demo resident: the content of its single jumin_rireki version (履歴番号 1).
 *
 * @param seibetsu "1" 男 / "2" 女
 * @param kisaiJunjo order within the household, 1-based, 世帯主 first
 * @param honseki 本籍 (Japanese only)
 * @param hittosha 筆頭者 (Japanese only)
 * @param gaikokujin foreign-resident items, null for Japanese
 * @param idojiyu "国内転入", "国外転入等" or "出生"
 * @param idonengappi date of that 異動 (= 住民となった年月日)
 */
public record DemoResident(
        String atenabango,
        UUID idoId,
        String shimei,
        String shimeiFurigana,
        String ujiNihonjin,
        String naNihonjin,
        LocalDate seinengappi,
        String seibetsu,
        boolean setainushi,
        String zokugara,
        int kisaiJunjo,
        String honseki,
        String hittosha,
        String kojinbango,
        String juminhyokodo,
        Gaikokujin gaikokujin,
        String idojiyu,
        LocalDate idonengappi,
        LocalDate jumintonattanengappi,
        LocalDate jushoosadametanengappi,
        String tennyumaejusho) {

    /**
     * @param romaji the name as on the residence card (also the 氏名)
     * @param kanji 漢字氏名 where the nationality writes names in kanji, else null
     * @param hodai30jono45kubun "chukyo_zairyusha" or "tokubetsu_eijusha"
     * @param zairyukikan e.g. "1年", "2年3月"; null for 永住者 and 特別永住者
     * @param zairyukadobango 在留カード等番号, [A-Z]{2}[0-9]{8}[A-Z]{2}
     */
    public record Gaikokujin(
            String romaji,
            String kanji,
            String kokusekiChiiki,
            String hodai30jono45kubun,
            String zairyushikaku,
            String zairyukikan,
            LocalDate zairyukikanManryonengappi,
            String zairyukadobango) {
    }

    /** jumin_shubetsu code: "nihonjin" or "gaikokujin". */
    public String juminShubetsu() {
        return gaikokujin == null ? "nihonjin" : "gaikokujin";
    }
}
