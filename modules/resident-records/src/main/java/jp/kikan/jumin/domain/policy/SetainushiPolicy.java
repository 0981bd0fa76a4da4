package jp.kikan.jumin.domain.policy;

import java.util.Collection;
import jp.kikan.jumin.domain.JuminKisai;

/**
 * Every household that still has residents has exactly one 世帯主, whose 続柄 is 「世帯主」, and no
 * one else is written as 世帯主 (住民基本台帳法 第7条第4号).
 */
public final class SetainushiPolicy {

    private SetainushiPolicy() {
    }

    public static boolean holds(Collection<JuminKisai> residentsOfOneHousehold) {
        if (residentsOfOneHousehold.isEmpty()) {
            return true;
        }
        long heads = residentsOfOneHousehold.stream().filter(JuminKisai::setainushi).count();
        boolean consistent = residentsOfOneHousehold.stream()
                .allMatch(k -> k.setainushi() == ZokugaraPolicy.SETAINUSHI.equals(k.zokugara()));
        return heads == 1 && consistent;
    }
}
