package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.HikazeiParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/** Typed values of the 税額, 非課税, 均等割 and 徴収 parameters (zeigaku.yaml, hikazei.yaml, kintowari.yaml, choshu.yaml). */
final class ZeigakuReaders {

    private static final Set<String> HAITO_KINDS = Set.of("rieki_haito", "shoken_toshi_shintaku", "gaikadate_toshi_shintaku");
    private static final Set<String> TEIGAKU_TAISHO = Set.of(ZeigakuParams.TeigakuGenzei.HONNIN,
            ZeigakuParams.TeigakuGenzei.KOJO_TAISHO_HAIGUSHA, ZeigakuParams.TeigakuGenzei.FUYO_SHINZOKU,
            ZeigakuParams.TeigakuGenzei.KOJO_TAISHO_GAI_DOITSU_SEIKEI_HAIGUSHA);

    private ZeigakuReaders() {
    }

    static ZeigakuParams.ChoseiKojo choseiKojo(Node v) {
        v.allowOnly("gokei_shotoku_jogen", "kijun", "saitei", "ritsu", "ritsu_shitei_toshi");
        return new ZeigakuParams.ChoseiKojo(v.get("gokei_shotoku_jogen").asLong(), v.get("kijun").asLong(),
                v.get("saitei").asLong(), Tables.shiKenRitsu(v.get("ritsu")), Tables.shiKenRitsu(v.get("ritsu_shitei_toshi")));
    }

    static ZeigakuParams.JintekiKojoSa jintekiKojoSa(Node v) {
        v.allowOnly("kiso", "haigusha", "haigusha_tokubetsu", "fuyo", "shogaisha", "kafu", "hitorioya", "kinro_gakusei",
                "tokutei_shinzoku");
        Node fuyo = v.get("fuyo").allowOnly("ippan", "tokutei", "rojin", "dokyo_roshin");
        Node shogai = v.get("shogaisha").allowOnly("shogaisha", "tokubetsu_shogaisha", "dokyo_tokubetsu_shogaisha");
        Node hitorioya = v.get("hitorioya").allowOnly("haha", "chichi");
        return new ZeigakuParams.JintekiKojoSa(v.get("kiso").asLong(),
                Tables.table(v.get("haigusha"), ShotokuReaders::ippanRojin, "ippan", "rojin"),
                Tables.table(v.get("haigusha_tokubetsu"), r -> ShotokuReaders.columns(r.get("sa"), 3), "sa"),
                fuyo.get("ippan").asLong(), fuyo.get("tokutei").asLong(), fuyo.get("rojin").asLong(),
                fuyo.get("dokyo_roshin").asLong(), shogai.get("shogaisha").asLong(),
                shogai.get("tokubetsu_shogaisha").asLong(), shogai.get("dokyo_tokubetsu_shogaisha").asLong(),
                v.get("kafu").asLong(), hitorioya.get("haha").asLong(), hitorioya.get("chichi").asLong(),
                v.get("kinro_gakusei").asLong(), v.get("tokutei_shinzoku").asLong());
    }

    static ZeigakuParams.HaitoKojo haitoKojo(Node v) {
        v.allowOnly("kijun", "cho_junjo", "ritsu", "ritsu_shitei_toshi", "hasu");
        List<String> order = v.get("cho_junjo").list(Node::asText);
        if (!new LinkedHashSet<>(order).equals(HAITO_KINDS)) {
            throw v.get("cho_junjo").error("list each of " + HAITO_KINDS + " once");
        }
        return new ZeigakuParams.HaitoKojo(v.get("kijun").asLong(), order, haitoRitsu(v.get("ritsu")),
                haitoRitsu(v.get("ritsu_shitei_toshi")), v.get("hasu").asHasu());
    }

    private static Map<String, ZeigakuParams.HaitoRitsu> haitoRitsu(Node v) {
        v.allowOnly(HAITO_KINDS.toArray(String[]::new));
        Map<String, ZeigakuParams.HaitoRitsu> out = new LinkedHashMap<>();
        for (String kind : HAITO_KINDS) {
            Node k = v.get(kind).allowOnly("ika", "cho", "status");
            out.put(kind, new ZeigakuParams.HaitoRitsu(Tables.shiKenRitsu(k.get("ika")), Tables.shiKenRitsu(k.get("cho")),
                    k.opt("status").map(Node::asStatus).orElse(null)));
        }
        return out;
    }

    static ZeigakuParams.JutakuLoan jutakuLoan(Node v) {
        v.allowOnly("kubun", "bunpai", "hasu");
        Node kubun = v.get("kubun").allowOnly("kihon", "tokutei_shutoku");
        Map<String, ZeigakuParams.RateJogen> k = new LinkedHashMap<>();
        for (String key : kubun.keys()) {
            Node r = kubun.get(key).allowOnly("rate", "jogen");
            k.put(key, new ZeigakuParams.RateJogen(r.get("rate").asRitsu(), r.get("jogen").asLong()));
        }
        return new ZeigakuParams.JutakuLoan(k, Tables.shiKenRitsu(v.get("bunpai")), v.get("hasu").asHasu());
    }

    static ZeigakuParams.Kifukin kifukin(Node v) {
        v.allowOnly("tekiyo_kagen", "soshotoku_jogen_rate", "kihon_ritsu", "kihon_ritsu_shitei_toshi",
                "tokurei_jogen_rate", "tokurei_bunpai", "hasu");
        return new ZeigakuParams.Kifukin(v.get("tekiyo_kagen").asLong(), v.get("soshotoku_jogen_rate").asRitsu(),
                Tables.shiKenRitsu(v.get("kihon_ritsu")), Tables.shiKenRitsu(v.get("kihon_ritsu_shitei_toshi")),
                v.get("tokurei_jogen_rate").asRitsu(), Tables.shiKenRitsu(v.get("tokurei_bunpai")), v.get("hasu").asHasu());
    }

    static ZeigakuParams.TokureiRitsu tokureiRitsu(Node v) {
        v.allowOnly("minus", "ritsu");
        return new ZeigakuParams.TokureiRitsu(v.get("minus").asRitsu(),
                Tables.table(v.get("ritsu"), r -> r.get("ritsu").asRitsu(), "ritsu"));
    }

    static ZeigakuParams.TeigakuGenzei teigakuGenzei(Node v) {
        if (!v.get("tekiyo").asBoolean()) {
            v.allowOnly("tekiyo");
            return ZeigakuParams.TeigakuGenzei.notApplicable();
        }
        v.allowOnly("tekiyo", "gaku", "gokei_shotoku_jogen", "taisho");
        Set<String> taisho = new LinkedHashSet<>();
        for (Node t : v.get("taisho").list()) {
            if (!TEIGAKU_TAISHO.contains(t.asText())) {
                throw t.error("unknown 対象 '" + t.asText() + "' (allowed: " + TEIGAKU_TAISHO + ")");
            }
            taisho.add(t.asText());
        }
        return new ZeigakuParams.TeigakuGenzei(true, v.get("gaku").asLong(), v.get("gokei_shotoku_jogen").asLong(), taisho);
    }

    static HikazeiParams.GendoSanshiki gendo(Node v) {
        v.allowOnly("kihon", "kasan", "fuyo_kasan");
        return new HikazeiParams.GendoSanshiki(v.get("kihon").asLong(), v.get("kasan").asLong(), v.get("fuyo_kasan").asLong());
    }

    static HikazeiParams.KintowariHikazei hikazeiKintowari(Node v) {
        v.allowOnly("kyuchi");
        Map<Integer, HikazeiParams.GendoSanshiki> out = new LinkedHashMap<>();
        for (Node row : v.get("kyuchi").list()) {
            row.allowOnly("kyuchi", "kihon", "kasan", "fuyo_kasan");
            int k = kyuchi(row.get("kyuchi"));
            if (out.put(k, new HikazeiParams.GendoSanshiki(row.get("kihon").asLong(), row.get("kasan").asLong(),
                    row.get("fuyo_kasan").asLong())) != null) {
                throw row.error("級地 " + k + " is listed twice");
            }
        }
        for (int k = 1; k <= 3; k++) {
            if (!out.containsKey(k)) {
                throw v.error("級地 " + k + " is missing (1級地, 2級地 and 3級地 are needed)");
            }
        }
        return new HikazeiParams.KintowariHikazei(out);
    }

    static int kyuchi(Node v) {
        int k = v.asInt();
        if (k < 1 || k > 3) {
            throw v.error("級地 is 1, 2 or 3, found " + k);
        }
        return k;
    }

    static ChoshuParams.Bunkatsu bunkatsu(Node v) {
        v.allowOnly("tsuki", "hasu_tani", "hasu_kibetsu");
        return new ChoshuParams.Bunkatsu(Tables.months(v.get("tsuki")), positive(v.get("hasu_tani")),
                hasuKibetsu(v.get("hasu_kibetsu")));
    }

    static ChoshuParams.NenkinChoshu nenkinChoshu(Node v) {
        v.allowOnly("kari_tsuki", "kari_bunbo", "hon_tsuki", "shonendo_futsu_tsuki", "taisho_nenrei",
                "nenkin_gaku_kagen", "hasu_tani", "hasu_kibetsu");
        return new ChoshuParams.NenkinChoshu(Tables.months(v.get("kari_tsuki")), v.get("kari_bunbo").asInt(),
                Tables.months(v.get("hon_tsuki")), Tables.months(v.get("shonendo_futsu_tsuki")),
                v.get("taisho_nenrei").asInt(), v.get("nenkin_gaku_kagen").asLong(), positive(v.get("hasu_tani")),
                hasuKibetsu(v.get("hasu_kibetsu")));
    }

    private static ChoshuParams.HasuKibetsu hasuKibetsu(Node v) {
        try {
            return ChoshuParams.HasuKibetsu.of(v.asText());
        } catch (IllegalArgumentException e) {
            throw v.error(e.getMessage());
        }
    }

    private static long positive(Node v) {
        long n = v.asLong();
        if (n < 1) {
            throw v.error("must be at least 1, found " + n);
        }
        return n;
    }

    /** A {gaku: n} or {gokei_shotoku_jogen: n} style single amount. */
    static long single(Node v, String key) {
        v.allowOnly(key);
        return v.get(key).asLong();
    }

    static HikazeiParams.KaokushikiHikazei kaokushikiHikazei(Node v) {
        v.allowOnly("seikatsu_hogo", "shogaisha_to", "kintowari_shotoku");
        return new HikazeiParams.KaokushikiHikazei(v.get("seikatsu_hogo").asBoolean(), v.get("shogaisha_to").asBoolean(),
                v.get("kintowari_shotoku").asBoolean());
    }
}
