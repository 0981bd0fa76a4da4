package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;

/**
 * The income information other services take from an assessment (contract schema {@code ShotokuJoho}), one way for
 * the pull API and the feed: the incomes of the assessment's 所得, its 課税総所得金額 (health insurance judges the 70–74
 * 一部負担金の割合 by it) and 課税/非課税 of its 非課税判定 (地方税法第295条: 全額非課税 makes both 均等割 and 所得割 非課税).
 */
final class ShotokuJohoYoyaku {

    private static final String[] SHOTOKU = {"gokei_shotoku_kingaku", "so_shotoku_kingaku_to", "kyuyo_shunyu",
        "kyuyo_shotoku", "koteki_nenkin_shunyu", "koteki_nenkin_shotoku"};

    private ShotokuJohoYoyaku() {
    }

    /** A person without any income information: 未申告, never zero income. */
    static ObjectNode mishinkoku(ObjectNode o, String atenabango, int nendo, boolean mishinkoku) {
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", mishinkoku);
        o.put("kintowari_kazei", false);
        o.put("shotokuwari_kazei", false);
        return o;
    }

    /** From the engine's result, as {@link #of(ObjectNode, String, int, JsonNode, int)} reads it back when stored. */
    static ObjectNode of(ObjectNode o, String atenabango, int nendo, KojinJuminzeiFuka fuka, int fukaVersion) {
        ShotokuKeisan s = fuka.shotoku();
        HikazeiHantei h = fuka.hikazei();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", false);
        o.put("gokei_shotoku_kingaku", s.gokeiShotokuKingaku());
        o.put("so_shotoku_kingaku_to", s.soShotokuKingakuTo());
        o.put("kazei_soshotoku_kingaku", fuka.kazeiSoshotokuKingaku());
        o.put("kyuyo_shunyu", s.kyuyoShunyu());
        o.put("kyuyo_shotoku", s.kyuyoShotoku());
        o.put("koteki_nenkin_shunyu", s.kotekiNenkinShunyu());
        o.put("koteki_nenkin_shotoku", s.kotekiNenkinShotoku());
        o.put("kintowari_kazei", !h.zengakuHikazei() && !h.kintowariHikazei());
        o.put("shotokuwari_kazei", !h.zengakuHikazei() && !h.shotokuwariHikazei());
        o.put("fuka_version", fukaVersion);
        return o;
    }

    /** From the stored result ({@code kekka}) of the assessment version {@code fukaVersion}. */
    static ObjectNode of(ObjectNode o, String atenabango, int nendo, JsonNode kekka, int fukaVersion) {
        JsonNode s = kekka.get("shotoku");
        JsonNode h = kekka.get("hikazei");
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("mishinkoku", false);
        for (String item : SHOTOKU) {
            o.put(item, s.get(item).asLong());
        }
        o.put("kazei_soshotoku_kingaku", kekka.path("kazei_soshotoku_kingaku").asLong());
        boolean zengaku = h.get("zengaku_hikazei").asBoolean();
        o.put("kintowari_kazei", !zengaku && !h.get("kintowari_hikazei").asBoolean());
        o.put("shotokuwari_kazei", !zengaku && !h.get("shotokuwari_hikazei").asBoolean());
        o.put("fuka_version", fukaVersion);
        return o;
    }

    /**
     * A 家屋敷課税 (均等割 only): this municipality knows no income of the person — that is the 住所地's — so the item is
     * 未申告 here, with the 均等割 levied and kaokushiki_kazei set.
     */
    static ObjectNode kaokushiki(ObjectNode o, String atenabango, int nendo, JsonNode kekka, int fukaVersion) {
        JsonNode h = kekka.get("hikazei");
        return kaokushiki(o, atenabango, nendo, !h.get("zengaku_hikazei").asBoolean() && !h.get("kintowari_hikazei").asBoolean(),
                fukaVersion);
    }

    /** As {@link #kaokushiki(ObjectNode, String, int, JsonNode, int)}, from the engine's result. */
    static ObjectNode kaokushiki(ObjectNode o, String atenabango, int nendo, HikazeiHantei h, int fukaVersion) {
        return kaokushiki(o, atenabango, nendo, !h.zengakuHikazei() && !h.kintowariHikazei(), fukaVersion);
    }

    private static ObjectNode kaokushiki(ObjectNode o, String atenabango, int nendo, boolean kintowari, int fukaVersion) {
        mishinkoku(o, atenabango, nendo, true);
        o.put("kintowari_kazei", kintowari);
        o.put("kaokushiki_kazei", true);
        o.put("fuka_version", fukaVersion);
        return o;
    }
}
