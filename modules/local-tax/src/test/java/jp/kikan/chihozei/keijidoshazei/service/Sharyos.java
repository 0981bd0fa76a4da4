package jp.kikan.chihozei.keijidoshazei.service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.chihozei.support.Api;

/** Owners (住登外者 registered through the API) and vehicles for the 軽自動車税 service tests. */
final class Sharyos {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Sharyos() {
    }

    /** A new taxpayer of the demo city: a 住登外者 (owner of a vehicle, living elsewhere). */
    static String owner() {
        int n = SERIAL.incrementAndGet();
        return Api.command(Api.clerk()).body(Map.of("shimei", "軽井　" + n + "郎", "shimei_furigana", "カルイ　タロウ",
                "seinengappi", "1970-01-01", "jusho", "東京都千代田区一番町" + n, "riyu", "市内に定置場のある車両を所有"))
                .post("/v1/nozeigimusha/jutogai").then().statusCode(201).extract().path("atenabango");
    }

    static String bango() {
        return "みなみ 580 あ " + (1000 + SERIAL.incrementAndGet());
    }

    static Map<String, Object> yonrin(String owner, String hyoshiki, String shodo, String idobi) {
        Map<String, Object> m = new HashMap<>(Map.of("hyoshiki_bango", hyoshiki, "shashu_kubun", "yonrin_joyo_jikayo",
                "shodo_kensa_nengetsu", shodo, "nenryo", "gasoline", "shoyusha_atenabango", owner, "idobi", idobi));
        return m;
    }

    static String register(Map<String, Object> body) {
        return Api.command(Api.clerk()).body(body).post("/v1/keijidoshazei/sharyo").then().statusCode(201).extract()
                .path("sharyo_id");
    }
}
