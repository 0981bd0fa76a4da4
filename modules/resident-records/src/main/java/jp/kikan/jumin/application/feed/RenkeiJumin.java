package jp.kikan.jumin.application.feed;

import java.time.LocalDate;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminVersion;

/**
 * A resident as other services receive it (庁内データ連携): flat, with the standard's romanized item
 * names. Each is unique by (atenabango, rirekibango); a consumer skips what it already has.
 * {@code shienSochiTaisho} tells the consumer to block lookup and issuance on its side too.
 */
public record RenkeiJumin(
        String atenabango, int rirekibango, String setaibango, String juminShubetsu, String juminJotai,
        String shimei, String shimeiFurigana, LocalDate seinengappi, String seinengappiFushohyoki, String seibetsu,
        String setainushiShimei, String zokugara, String jushoShikuchosonkodo, String jushoChoazakodo,
        String jushoYubinbango, String jushoTodofuken, String jushoShikugunchosonmei, String jushoChoaza,
        String jushoBanchigohyoki, String jushoKatagaki, LocalDate jumintonattanengappi,
        LocalDate jushoosadametanengappi, String kokusekiChiiki, String zairyushikaku,
        LocalDate zairyukikanManryonengappi, String idojiyu, LocalDate idonengappi, LocalDate shorinengappi,
        Boolean shienSochiTaisho) {

    public static RenkeiJumin of(JuminVersion v, String setainushiShimei, boolean shienSochi) {
        JuminKisai k = v.kisai();
        var j = k.jusho();
        var g = k.gaikokujin();
        return new RenkeiJumin(v.atenabango(), v.rirekibango(), k.setaibango(), k.shubetsu().code(), k.jotai().code(),
                k.shimei().shimei(), k.shimei().furigana(), k.seinengappi().date(), k.seinengappi().fushohyoki(),
                k.seibetsu(), setainushiShimei, k.zokugara(), j.shikuchosonkodo(), j.choazakodo(), j.yubinbango(),
                j.todofuken(), j.shikugunchosonmei(), j.choaza(), j.banchigohyoki(), j.katagaki(),
                k.jumintonattanengappi(), k.jushoosadametanengappi(), g == null ? null : g.kokusekiChiiki(),
                g == null ? null : g.zairyushikaku(), g == null ? null : g.zairyukikanManryobi(),
                v.ido().idojiyu().label(), v.ido().idonengappi(), v.ido().shorinengappi(), shienSochi);
    }
}
