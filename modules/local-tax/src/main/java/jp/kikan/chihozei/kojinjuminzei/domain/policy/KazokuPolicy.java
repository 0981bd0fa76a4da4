package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;

/**
 * Who counts as 同一生計配偶者 and 扶養親族 (地方税法第292条第1項第7号・第9号): a spouse or relative living on the
 * same income whose 合計所得金額 is at most the 要件 of the 年度 (48万円; 58万円 from 令和8年度 — parameter
 * {@code shinzoku_gokei_shotoku_yoken}). Ages are those on 12月31日 of the income year.
 */
final class KazokuPolicy {

    private KazokuPolicy() {
    }

    static Optional<KazeiKiso.Shinzoku> doitsuSeikeiHaigusha(KazeiKiso kiso, KojinJuminzeiParameters p) {
        long yoken = p.shinzokuGokeiShotokuYoken().value();
        return Optional.ofNullable(kiso.haigusha()).filter(h -> h.gokeiShotoku() <= yoken);
    }

    static List<KazeiKiso.Shinzoku> fuyoShinzoku(KazeiKiso kiso, KojinJuminzeiParameters p) {
        long yoken = p.shinzokuGokeiShotokuYoken().value();
        return kiso.fuyoShinzoku().stream().filter(s -> s.gokeiShotoku() <= yoken).toList();
    }

    static int nenrei(KazeiKiso.Shinzoku s, KazeiKiso kiso) {
        return NenreiPolicy.nenrei(s.seinengappi(), kiso.nendo().shotokuNenMatsu());
    }

    static int honninNenrei(KazeiKiso kiso) {
        return NenreiPolicy.nenrei(kiso.honnin().seinengappi(), kiso.nendo().shotokuNenMatsu());
    }
}
