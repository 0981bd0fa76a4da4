package jp.kikan.jumin.application.feed;

import java.time.LocalDate;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminShubetsu;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.jumin.domain.Shimei;

/**
 * A resident as other services receive it (庁内データ連携): flat, with the standard's romanized item names.
 *
 * <p>{@code henkoBango} is the change's number in commit order: a consumer keeps, per 宛名番号, the highest
 * number it applied and ignores anything lower — so a snapshot followed by the changes since it never moves
 * it back to an older version, and a replay never un-protects anyone. {@code henkoShubetsu} says what the
 * change was: a new version ({@value #JUMIN}) or a 支援措置 starting or ending ({@value #SHIEN_SOCHI}, which
 * carries the latest version unchanged with the new flag). {@code shienSochiTaisho} tells the consumer to
 * block lookup and issuance on its side too. {@code kojinbango} reaches only clients whose scope allows it.
 */
public record RenkeiJumin(
        long henkoBango, String henkoShubetsu, String shikuchosonkodo,
        String atenabango, int rirekibango, String setaibango, String juminShubetsu, String juminJotai,
        String shimei, String shimeiFurigana, String ujiNihonjin, String naNihonjin, String kyuji,
        String kyujiFurigana, String shimeiGaikokujinromaji, String shimeiGaikokujinkanji, String tsusho,
        String tsushoFurigana, LocalDate seinengappi, String seinengappiFushohyoki, String seibetsu,
        String setainushiShimei, String zokugara, String jushoShikuchosonkodo, String jushoChoazakodo,
        String jushoYubinbango, String jushoTodofuken, String jushoShikugunchosonmei, String jushoChoaza,
        String jushoBanchigohyoki, String jushoKatagaki, String jushoKatagakiFurigana,
        LocalDate jumintonattanengappi, LocalDate gaikokujinjumintonattanengappi, LocalDate jushoosadametanengappi,
        String kokusekiChiiki, String zairyushikaku, LocalDate zairyukikanManryonengappi, String kojinbango,
        String idojiyu, LocalDate idonengappi, LocalDate shorinengappi, Boolean shienSochiTaisho) {

    public static final String JUMIN = "jumin";
    public static final String SHIEN_SOCHI = "shien_sochi";

    /**
     * The item of a version as recorded; {@code henkoBango} is 0 until the outbox numbers it.
     *
     * @param setainushiShimei the name of the household's 世帯主 at that version (世帯主氏名)
     */
    public static RenkeiJumin of(String lgCode, JuminVersion v, String setainushiShimei, boolean shienSochi) {
        JuminKisai k = v.kisai();
        Shimei s = k.shimei();
        Jusho j = k.jusho();
        Gaikokujin g = k.gaikokujin();
        boolean gaikokujin = k.shubetsu() == JuminShubetsu.GAIKOKUJIN;
        // for 外国人住民 the date they became a resident is the standard's 外国人住民となった年月日
        return new RenkeiJumin(0, JUMIN, lgCode, v.atenabango(), v.rirekibango(), k.setaibango(), k.shubetsu().code(),
                k.jotai().code(), s.shimei(), s.furigana(), s.ujiNihonjin(), s.naNihonjin(), s.kyuji(),
                s.kyujiFurigana(), g == null ? null : g.shimeiRomaji(), g == null ? null : g.shimeiKanji(),
                g == null ? null : g.tsusho(), g == null ? null : g.tsushoFurigana(), k.seinengappi().date(),
                k.seinengappi().fushohyoki(), k.seibetsu(), setainushiShimei, k.zokugara(), j.shikuchosonkodo(),
                j.choazakodo(), j.yubinbango(), j.todofuken(), j.shikugunchosonmei(), j.choaza(), j.banchigohyoki(),
                j.katagaki(), j.katagakiFurigana(), gaikokujin ? null : k.jumintonattanengappi(),
                gaikokujin ? k.jumintonattanengappi() : null, k.jushoosadametanengappi(),
                g == null ? null : g.kokusekiChiiki(), g == null ? null : g.zairyushikaku(),
                g == null ? null : g.zairyukikanManryobi(), k.kojinbango(), v.ido().idojiyu().label(),
                v.ido().idonengappi(), v.ido().shorinengappi(), shienSochi);
    }

    /** The same item numbered by the outbox (the change's commit-ordered number). */
    public RenkeiJumin numbered(long number) {
        return with(number, henkoShubetsu, shienSochiTaisho, kojinbango);
    }

    /** The latest version re-announced because only its 支援措置 flag changed. */
    public RenkeiJumin shienSochiChanged(boolean taisho) {
        return with(henkoBango, SHIEN_SOCHI, taisho, kojinbango);
    }

    /** Without 個人番号, for a client whose scope does not allow it. */
    public RenkeiJumin withoutKojinbango() {
        return kojinbango == null ? this : with(henkoBango, henkoShubetsu, shienSochiTaisho, null);
    }

    private RenkeiJumin with(long number, String shubetsu, Boolean taisho, String bango) {
        return new RenkeiJumin(number, shubetsu, shikuchosonkodo, atenabango, rirekibango, setaibango, juminShubetsu,
                juminJotai, shimei, shimeiFurigana, ujiNihonjin, naNihonjin, kyuji, kyujiFurigana,
                shimeiGaikokujinromaji, shimeiGaikokujinkanji, tsusho, tsushoFurigana, seinengappi,
                seinengappiFushohyoki, seibetsu, setainushiShimei, zokugara, jushoShikuchosonkodo, jushoChoazakodo,
                jushoYubinbango, jushoTodofuken, jushoShikugunchosonmei, jushoChoaza, jushoBanchigohyoki,
                jushoKatagaki, jushoKatagakiFurigana, jumintonattanengappi, gaikokujinjumintonattanengappi,
                jushoosadametanengappi, kokusekiChiiki, zairyushikaku, zairyukikanManryonengappi, bango, idojiyu,
                idonengappi, shorinengappi, taisho);
    }
}
