package jp.kikan.chihozei.application.shomei;

/**
 * The names a municipality prints for the two parts of 個人住民税: 市町村民税 is 市民税, 町民税, 村民税 or, in Tokyo's
 * wards, 特別区民税 (地方税法第1条第2項・第734条); 道府県民税 is 都民税, 道民税, 府民税 or 県民税. Read from the
 * configured name (e.g. 架空県みなみ市); a name of another form gets the law's general terms.
 */
final class ZeimokuMei {

    private ZeimokuMei() {
    }

    static String shi(String dantaiMei) {
        if (dantaiMei.endsWith("区") && dantaiMei.startsWith("東京都")) {
            return "特別区民税";
        }
        for (String s : new String[] {"市", "町", "村"}) {
            if (dantaiMei.endsWith(s)) {
                return s + "民税";
            }
        }
        return "市町村民税";
    }

    static String ken(String dantaiMei) {
        if (dantaiMei.startsWith("東京都")) {
            return "都民税";
        }
        if (dantaiMei.startsWith("北海道")) {
            return "道民税";
        }
        if (dantaiMei.startsWith("京都府") || dantaiMei.startsWith("大阪府")) {
            return "府民税";
        }
        int ken = dantaiMei.indexOf('県');
        return ken > 0 && ken <= 3 ? "県民税" : "道府県民税";
    }
}
