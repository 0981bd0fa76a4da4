package jp.kikan.kokuho.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Local tax's income information API and feed for this service's tests (the platform's stub, held to
 * contracts/local-tax/v1.yaml), serving the service client kikan-kokuho. The real provider, as a separate process, is in
 * modules/system-tests.
 */
public class IncomeServer extends jp.kikan.platform.test.feed.IncomeServer {

    public IncomeServer() {
        super("kikan-kokuho");
    }

    /** Sets the person's income information for a 年度 (総所得金額等 and 給与収入); replaces an earlier one. */
    public static ObjectNode shotoku(String atenabango, int nendo, long sosho, long kyuyoShunyu) {
        ObjectNode o = base(atenabango, nendo);
        o.put("gokei_shotoku_kingaku", sosho);
        o.put("so_shotoku_kingaku_to", sosho);
        o.put("kyuyo_shunyu", kyuyoShunyu);
        o.put("kintowari_kazei", sosho > 0);
        o.put("shotokuwari_kazei", sosho > 0);
        return put(o);
    }

    /** As {@link #shotoku(String, int, long, long)}, with the 課税総所得金額 (the 70–74 一部負担金の割合 is judged by it). */
    public static ObjectNode shotoku(String atenabango, int nendo, long sosho, long kyuyoShunyu, long kazeiShotoku) {
        ObjectNode o = base(atenabango, nendo);
        o.put("gokei_shotoku_kingaku", sosho);
        o.put("so_shotoku_kingaku_to", sosho);
        o.put("kazei_soshotoku_kingaku", kazeiShotoku);
        o.put("kyuyo_shunyu", kyuyoShunyu);
        o.put("kintowari_kazei", sosho > 0);
        o.put("shotokuwari_kazei", sosho > 0);
        return put(o);
    }
}
