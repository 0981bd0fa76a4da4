package jp.kikan.chihozei.application;

import java.math.BigDecimal;
import java.util.List;
import jp.kikan.chihozei.application.parameter.ParameterViews;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.chihozei.koteishisanzei.domain.KaokuKazei;
import jp.kikan.chihozei.koteishisanzei.domain.KoteishisanzeiFuka;
import jp.kikan.chihozei.koteishisanzei.domain.ShuruiGokei;
import jp.kikan.chihozei.koteishisanzei.domain.TochiKazei;

/** The contract's schemas of 固定資産税・都市計画税 (Tochi, Kaoku, KoteishisanzeiKeisan …), written in snake_case. */
public final class KoteishisanViews {

    private KoteishisanViews() {
    }

    public record Zennendo(Long koteiJutaku, Long koteiHijutaku, Long toshiJutaku, Long toshiHijutaku) {
    }

    public record TochiHan(int version, String shorinengappi, String shoyushaKey, String idoBi, String idoJiyu, Boolean shometsu,
            String shozai, String chiban, String chimokuGenkyo, String chimokuToki, BigDecimal chiseki, long hyokagaku,
            String kazeiKubun, Integer kosu, BigDecimal jutakuYukaMenseki, Boolean shigaikaKuiki,
            List<KoteishisanDaichoStore.Shoyusha> shoyusha, String daihyosha, Zennendo zennendo) {
    }

    public record Tochi(String tochiId, List<TochiHan> versions) {
    }

    public record KaokuHan(int version, String shorinengappi, String shoyushaKey, String idoBi, String idoJiyu, Boolean shometsu,
            String shozai, String kaokuBango, String shurui, String kozo, Boolean taikaKozo, BigDecimal yukaMenseki,
            BigDecimal kyojuMenseki, Boolean kashiya, String shinchikuNengappi, Integer kaisu, long hyokagaku,
            Boolean shigaikaKuiki, List<KoteishisanDaichoStore.Shoyusha> shoyusha, String daihyosha) {
    }

    public record Kaoku(String kaokuId, List<KaokuHan> versions) {
    }

    public record TochiOn(String tochiId, TochiHan han) {
    }

    public record KaokuOn(String kaokuId, KaokuHan han) {
    }

    public record Nozeigimusha(String shoyushaKey, List<String> shoyusha, String daihyosha, List<TochiOn> tochi,
            List<KaokuOn> kaoku) {
    }

    public record Shoyu(String atenabango, int nendo, String fukakijitsu, List<Nozeigimusha> nozeigimusha) {
    }

    public record Keisan(int nendo, String nendoLabel, String shikuchosonkodo, String dantaiMei, List<TochiKazei> tochi,
            List<KaokuKazei> kaoku, List<ShuruiGokei> shurui, long koteiKazeiHyojungaku, long koteiSanshutsuZeigaku,
            long shinchikuGengaku, long koteiZeigaku, long toshiKazeiHyojungaku, long toshiZeigaku, long nenzeigaku,
            List<FukaViews.Kibetsu> kibetsu, List<FukaViews.Step> santeiKonkyo) {
    }

    public record ShisanKekka(Keisan fuka, ParameterViews.ParameterShugo parameterSet) {
    }

    public record FukaHan(String shoyushaKey, List<String> shoyusha, String daihyosha, int nendo, int version, String kubun,
            String riyu, String shorinengappi, long nenzeigaku, com.fasterxml.jackson.databind.JsonNode fuka,
            List<FukaViews.Sagaku> koseiSagaku, Long koseiZuiji,
            Long koseiZengaku) {
    }

    public record FukaNozeigimusha(String shoyushaKey, List<FukaHan> versions) {
    }

    public record FukaRireki(String atenabango, int nendo, List<FukaNozeigimusha> nozeigimusha) {
    }

    public static TochiHan of(KoteishisanDaichoStore.TochiHan h, Zennendo z) {
        return new TochiHan(h.version(), h.shorinengappi().toString(), h.shoyushaKey(), h.idoBi().toString(), h.idoJiyu(),
                h.shometsu(), h.shozai(), h.chiban(), h.chimokuGenkyo(), h.chimokuToki(), h.chiseki(), h.hyokagaku(), h.kazeiKubun(),
                h.kosu(), h.jutakuYukaMenseki(), h.shigaikaKuiki(), h.shoyusha(), h.daihyosha(), z);
    }

    public static KaokuHan of(KoteishisanDaichoStore.KaokuHan h) {
        return new KaokuHan(h.version(), h.shorinengappi().toString(), h.shoyushaKey(), h.idoBi().toString(), h.idoJiyu(),
                h.shometsu(), h.shozai(), h.kaokuBango(), h.shurui(), h.kozo(), h.taikaKozo(), h.yukaMenseki(), h.kyojuMenseki(),
                h.kashiya(), h.shinchikuNengappi().toString(), h.kaisu(), h.hyokagaku(), h.shigaikaKuiki(), h.shoyusha(),
                h.daihyosha());
    }

    public static Keisan of(KoteishisanzeiFuka f, String dantaiMei) {
        return new Keisan(f.nendo(), new jp.kikan.chihozei.kojinjuminzei.domain.Nendo(f.nendo()).label(), f.shikuchosonkodo(),
                dantaiMei, f.tochi(), f.kaoku(), f.shurui(), f.koteiKazeiHyojungaku(), f.koteiSanshutsuZeigaku(),
                f.shinchikuGengaku(), f.koteiZeigaku(), f.toshiKazeiHyojungaku(), f.toshiZeigaku(), f.nenZeigaku(),
                f.kibetsu().stream().map(k -> new FukaViews.Kibetsu(k.kibetsu(), k.nengetsu().toString(), k.zeigaku())).toList(),
                FukaViews.steps(f.santeiKonkyo()));
    }
}
