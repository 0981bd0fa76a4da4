package jp.kikan.chihozei.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.demo.DemoShotoku.Kyuyo;
import jp.kikan.chihozei.demo.DemoShotoku.Shinkoku;
import jp.kikan.chihozei.demo.DemoShotoku.Shinzoku;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku;

/**
 * A generated 申告 as it is stored ({@code shinkoku.naiyo}: the contract's ShinkokuRequest without atenabango and
 * nendo, items not entered left out) and as the engine reads it. Everything a spouse or dependent is, is what the
 * household says: same household, so 同居; nobody abroad.
 */
public final class DemoShinkokuJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DemoShinkokuJson() {
    }

    public static String naiyo(Shinkoku s) {
        ObjectNode o = MAPPER.createObjectNode();
        if (s.seikatsuHogo()) {
            o.putObject("honnin").put("seikatsu_hogo", true);
        }
        ObjectNode shunyu = MAPPER.createObjectNode();
        put(shunyu, "kyuyo_shunyu", s.kyuyoShunyu());
        put(shunyu, "koteki_nenkin_shunyu", s.kotekiNenkinShunyu());
        put(shunyu, "jigyo_shotoku", s.jigyoShotoku());
        if (!shunyu.isEmpty()) {
            o.set("shunyu", shunyu);
        }
        ObjectNode shiharai = MAPPER.createObjectNode();
        put(shiharai, "shakai_hokenryo", s.shakaiHokenryo());
        put(shiharai, "shokibo_kigyo_kyosai_kakekin", s.shokiboKigyoKyosaiKakekin());
        ObjectNode seimei = MAPPER.createObjectNode();
        put(seimei, "shin_ippan", s.seimeiShinIppan());
        put(seimei, "shin_kaigo_iryo", s.seimeiShinKaigoIryo());
        put(seimei, "shin_kojin_nenkin", s.seimeiShinKojinNenkin());
        if (!seimei.isEmpty()) {
            shiharai.set("seimei_hokenryo", seimei);
        }
        put(shiharai, "jishin_hokenryo", s.jishinHokenryo());
        put(shiharai, "iryohi", s.iryohi());
        if (!shiharai.isEmpty()) {
            o.set("shiharai", shiharai);
        }
        if (s.haigusha() != null) {
            o.set("haigusha", json(s.haigusha()));
        }
        if (!s.fuyoShinzoku().isEmpty()) {
            ArrayNode a = o.putArray("fuyo_shinzoku");
            s.fuyoShinzoku().forEach(f -> a.add(json(f)));
        }
        return o.toString();
    }

    private static ObjectNode json(Shinzoku s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("seinengappi", s.seinengappi().toString());
        o.put("gokei_shotoku", s.gokeiShotoku());
        o.put("dokyo", true);
        if (s.chokkeiSonzoku()) {
            o.put("chokkei_sonzoku", true);
        }
        return o;
    }

    private static void put(ObjectNode o, String name, long value) {
        if (value != 0) {
            o.put(name, value);
        }
    }

    /**
     * The engine's input for what the city knows of the person: the 申告 when there is one, else the reports added up
     * with their 社会保険料等 split into 社会保険料 and 小規模企業共済等掛金 — as {@code KazeiShiryo} does.
     */
    public static KazeiNyuryoku nyuryoku(DemoShotoku d, int nendo, String lgCode, LocalDate seinengappi) {
        Shinkoku s = d.shinkoku() != null ? d.shinkoku() : gokei(d.kyuyo());
        List<KazeiNyuryoku.Shinzoku> fuyo = new ArrayList<>();
        s.fuyoShinzoku().forEach(f -> fuyo.add(shinzoku(f)));
        KazeiNyuryoku.Shunyu shunyu = s.kyuyoShunyu() == 0 && s.kotekiNenkinShunyu() == 0 && s.jigyoShotoku() == 0 ? null
                : new KazeiNyuryoku.Shunyu(nz(s.kyuyoShunyu()), nz(s.kotekiNenkinShunyu()), nz(s.jigyoShotoku()), null, null,
                        null, List.of());
        KazeiNyuryoku.SeimeiHokenryo seimei = s.seimeiShinIppan() == 0 && s.seimeiShinKaigoIryo() == 0
                && s.seimeiShinKojinNenkin() == 0 ? null
                : new KazeiNyuryoku.SeimeiHokenryo(nz(s.seimeiShinIppan()), null, nz(s.seimeiShinKaigoIryo()),
                        nz(s.seimeiShinKojinNenkin()), null);
        KazeiNyuryoku.Shiharai shiharai = s.shakaiHokenryo() == 0 && s.shokiboKigyoKyosaiKakekin() == 0 && seimei == null
                && s.jishinHokenryo() == 0 && s.iryohi() == 0 ? null
                : new KazeiNyuryoku.Shiharai(nz(s.shakaiHokenryo()), nz(s.shokiboKigyoKyosaiKakekin()), seimei,
                        nz(s.jishinHokenryo()), nz(s.iryohi()), null, null, null, null);
        // items not entered are absent, as in the stored JSON: the same input either way
        return new KazeiNyuryoku(nendo, lgCode,
                new KazeiNyuryoku.Honnin(seinengappi.toString(), null, false, null, false, s.seikatsuHogo()), shunyu, shiharai,
                s.haigusha() == null ? null : shinzoku(s.haigusha()), fuyo, null, null);
    }

    private static Shinkoku gokei(List<Kyuyo> kyuyo) {
        long shunyu = 0;
        long shakai = 0;
        long shokibo = 0;
        for (Kyuyo k : kyuyo) {
            shunyu += k.shunyu();
            shakai += k.shakaiHokenryo();
            shokibo += k.shokiboKigyoKyosaiKakekin();
        }
        return new Shinkoku(shunyu, 0, 0, Math.max(0, shakai - shokibo), shokibo, 0, 0, 0, 0, 0, false, null, List.of());
    }

    private static KazeiNyuryoku.Shinzoku shinzoku(Shinzoku s) {
        return new KazeiNyuryoku.Shinzoku(s.seinengappi().toString(), s.gokeiShotoku(), null, true, s.chokkeiSonzoku(), false);
    }

    private static Long nz(long v) {
        return v == 0 ? null : v;
    }
}
