package jp.kikan.chihozei.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo city's employers (fictional, like the city): each with the 特別徴収義務者指定番号 the city gave it and how
 * likely it is to employ a 正社員 or a part-timer, so that regular staff work mostly at the factories, the hospital
 * and the city hall, and part-timers mostly in retail, food service and care.
 */
public record DemoJigyosho(String shiteiBango, String meisho, int seishainWeight, int hiseikiWeight) {

    static final List<DemoJigyosho> ALL = List.of(
            new DemoJigyosho("00100011", "株式会社みなみ精機", 14, 3),
            new DemoJigyosho("00100029", "架空電機株式会社　みなみ工場", 10, 3),
            new DemoJigyosho("00100037", "みなみ市役所", 6, 2),
            new DemoJigyosho("00100045", "架空県立みなみ中央病院", 6, 3),
            new DemoJigyosho("00100053", "みなみ信用金庫", 4, 1),
            new DemoJigyosho("00100061", "株式会社南架空建設", 5, 1),
            new DemoJigyosho("00100070", "みなみ運輸株式会社", 6, 3),
            new DemoJigyosho("00100088", "株式会社みなみソフトウェア", 4, 1),
            new DemoJigyosho("00100096", "社会福祉法人みなみ福祉会", 6, 6),
            new DemoJigyosho("00100100", "学校法人みなみ学園", 3, 1),
            new DemoJigyosho("00100118", "株式会社架空食品工業", 6, 5),
            new DemoJigyosho("00100126", "架空県農業協同組合", 3, 1),
            new DemoJigyosho("00100134", "株式会社ミナミ商事", 4, 2),
            new DemoJigyosho("00100142", "医療法人社団あおば会", 4, 3),
            new DemoJigyosho("00100151", "東架空ガス株式会社", 2, 0),
            new DemoJigyosho("00100169", "株式会社みなみ印刷", 2, 1),
            new DemoJigyosho("00100177", "株式会社スーパーみなみ", 2, 14),
            new DemoJigyosho("00100185", "みなみフードサービス株式会社", 1, 9),
            new DemoJigyosho("00100193", "有限会社さくら商店", 1, 3),
            new DemoJigyosho("00100207", "株式会社ケアサポートみなみ", 2, 7),
            new DemoJigyosho("00100215", "みなみ物流センター株式会社", 2, 7),
            new DemoJigyosho("00100223", "株式会社コンビニエンスみなみ", 1, 7),
            new DemoJigyosho("00100231", "株式会社みなみクリーンサービス", 1, 3),
            new DemoJigyosho("00100240", "株式会社架空人材派遣", 1, 6));

    private static final int SEISHAIN_TOTAL = ALL.stream().mapToInt(DemoJigyosho::seishainWeight).sum();
    private static final int HISEIKI_TOTAL = ALL.stream().mapToInt(DemoJigyosho::hiseikiWeight).sum();

    static DemoJigyosho pick(SplittableRandom r, boolean seishain) {
        int x = r.nextInt(seishain ? SEISHAIN_TOTAL : HISEIKI_TOTAL);
        for (DemoJigyosho j : ALL) {
            x -= seishain ? j.seishainWeight : j.hiseikiWeight;
            if (x < 0) {
                return j;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** A second employer (a side job: part-time work elsewhere). */
    static DemoJigyosho other(SplittableRandom r, DemoJigyosho first) {
        DemoJigyosho j;
        do {
            j = pick(r, false);
        } while (j.equals(first));
        return j;
    }
}
