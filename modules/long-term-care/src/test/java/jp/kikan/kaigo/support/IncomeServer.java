package jp.kikan.kaigo.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Local tax's income information API and feed for this service's tests (the platform's stub, held to
 * contracts/local-tax/v1.yaml), serving the service client kikan-kaigo. The real provider, as a separate process, is in
 * modules/system-tests.
 */
public class IncomeServer extends jp.kikan.platform.test.feed.IncomeServer {

    public IncomeServer() {
        super("kikan-kaigo");
    }

    /**
     * Sets the person's income information for a 年度 (合計所得金額, 公的年金等の収入と雑所得, 住民税 課税/非課税);
     * replaces an earlier one.
     */
    public static ObjectNode shotoku(String atenabango, int nendo, long gokei, long nenkinShunyu, long nenkinShotoku,
            boolean kazei) {
        ObjectNode o = base(atenabango, nendo);
        o.put("gokei_shotoku_kingaku", gokei);
        o.put("so_shotoku_kingaku_to", gokei);
        o.put("koteki_nenkin_shunyu", nenkinShunyu);
        o.put("koteki_nenkin_shotoku", nenkinShotoku);
        o.put("kintowari_kazei", kazei);
        o.put("shotokuwari_kazei", kazei);
        return put(o);
    }
}
