package jp.kikan.chihozei.koteishisanzei.service;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.support.Api;

/** Owners (住登外者) and register entries as a clerk enters them, through the contract-checked API. */
final class KoteishisanDaichoData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private KoteishisanDaichoData() {
    }

    static String owner(String shimei, String kana) {
        return Api.command(Api.clerk()).body(Map.of("shimei", shimei, "shimei_furigana", kana, "seinengappi", "1970-01-01",
                "jusho", "東京都千代田区1-1", "riyu", "市内に土地を所有")).post("/v1/nozeigimusha/jutogai").then().statusCode(201)
                .extract().jsonPath().getString("atenabango");
    }

    static List<Map<String, Object>> sole(String a) {
        return List.of(Map.of("atenabango", a));
    }

    static List<Map<String, Object>> shares(Object... atenaAndShare) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < atenaAndShare.length; i += 2) {
            out.add(Map.of("atenabango", atenaAndShare[i], "mochibun", atenaAndShare[i + 1]));
        }
        return out;
    }

    /** 200㎡ of 宅地 with one dwelling of 100㎡, in the 市街化区域. */
    static Map<String, Object> jutakuYochi(String idoBi, long hyokagaku, List<Map<String, Object>> shoyusha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ido_bi", idoBi);
        m.put("ido_jiyu", "新規");
        m.put("shozai", "みなみ市本町" + SEQ.incrementAndGet() + "丁目");
        m.put("chiban", "1番" + SEQ.get());
        m.put("chimoku_genkyo", "宅地");
        m.put("chimoku_toki", "宅地");
        m.put("chiseki", 200.00);
        m.put("hyokagaku", hyokagaku);
        m.put("kazei_kubun", "jutaku-yochi");
        m.put("kosu", 1);
        m.put("jutaku_yuka_menseki", 100);
        m.put("shigaika_kuiki", true);
        m.put("shoyusha", shoyusha);
        return m;
    }

    static Map<String, Object> kyotaku(String idoBi, long hyokagaku, String built, List<Map<String, Object>> shoyusha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ido_bi", idoBi);
        m.put("ido_jiyu", "新築");
        m.put("shozai", "みなみ市本町" + SEQ.incrementAndGet() + "丁目");
        m.put("kaoku_bango", "1番" + SEQ.get());
        m.put("shurui", "居宅");
        m.put("kozo", "木造");
        m.put("taika_kozo", false);
        m.put("yuka_menseki", 150);
        m.put("kyoju_menseki", 150);
        m.put("shinchiku_nengappi", built);
        m.put("kaisu", 2);
        m.put("hyokagaku", hyokagaku);
        m.put("shigaika_kuiki", true);
        m.put("shoyusha", shoyusha);
        return m;
    }

    static JsonPath post(String path, Object body) {
        return Api.command(Api.clerk()).body(body).post(path).then().statusCode(201).extract().jsonPath();
    }

    static String tochi(Map<String, Object> body) {
        return post("/v1/koteishisanzei/tochi", body).getString("tochi_id");
    }

    static String kaoku(Map<String, Object> body) {
        return post("/v1/koteishisanzei/kaoku", body).getString("kaoku_id");
    }

    static JsonPath fuka(int nendo, List<String> shoyusha, String riyu) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("nendo", nendo);
        b.put("shoyusha", shoyusha);
        if (riyu != null) {
            b.put("riyu", riyu);
        }
        return post("/v1/koteishisanzei/fuka", b);
    }
}
