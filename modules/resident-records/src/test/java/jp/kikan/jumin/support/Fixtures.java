package jp.kikan.jumin.support;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Builds residents through the public API, as a clerk at the counter would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> jusho(String banchi) {
        return Map.of("jusho_shikuchosonkodo", Tokens.CITY, "jusho_choazakodo", "0001001", "jusho_yubinbango", "9990001",
                "jusho_todofuken", "架空県", "jusho_shikugunchosonmei", "みなみ市", "jusho_choaza", "みなみ町一丁目",
                "jusho_banchigohyoki", banchi);
    }

    public static Map<String, Object> person(String shimei, String furigana, String seinengappi, String seibetsu,
            String zokugara) {
        return new java.util.HashMap<>(Map.of("shimei", shimei, "shimei_furigana", furigana, "seinengappi", seinengappi,
                "seibetsu", seibetsu, "zokugara", zokugara, "honseki", "架空県みなみ市みなみ町一丁目1番地",
                "hittosha", shimei));
    }

    /** The 番地 {@link #family} gives a household of that surname. */
    public static String banchiOf(String uji) {
        return "1番地" + Math.abs(uji.hashCode() % 100);
    }

    /** A new household of 世帯主 + 妻 + 子 moving in on the given date; returns the 異動 result. */
    public static JsonPath family(String token, String uji, String ujiKana, String idobi) {
        return Api.ido(token).body(Map.of(
                        "tennyu_kubun", "kokunai",
                        "idonengappi", idobi,
                        "jusho", jusho(banchiOf(uji)),
                        "tennyumaejusho", "東京都千代田区千代田1番1号",
                        "members", List.of(
                                person(uji + "　一郎", ujiKana + "　イチロウ", "1980-04-01", "1", "世帯主"),
                                person(uji + "　花子", ujiKana + "　ハナコ", "昭和57年5月5日", "2", "妻"),
                                person(uji + "　太郎", ujiKana + "　タロウ", "2010-10-10", "1", "子"))))
                .post("/v1/ido/tennyu").then().statusCode(201).extract().jsonPath();
    }
}
