package jp.kikan.jumin.application.ido;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** Moves residents from one household to another (世帯分離・世帯合併・世帯変更). */
final class Membership {

    private Membership() {
    }

    /**
     * The named residents, all current members of one household (which is locked). Callers have
     * already loaded and checked them with {@link #householdOf}.
     */
    static List<JuminVersion> pick(IdoSession session, List<String> atenabango, List<JuminVersion> members) {
        List<JuminVersion> picked = new ArrayList<>();
        for (String a : atenabango) {
            JuminVersion v = members.stream().filter(m -> m.atenabango().equals(a)).findFirst()
                    .orElseThrow(() -> new RuleViolationException("same-household", "atenabango",
                            StandardErrorCode.E0004, "宛名番号 " + a + " はこの世帯の住民ではありません"));
            picked.add(v);
        }
        return picked;
    }

    static String householdOf(IdoSession session, List<String> atenabango) {
        Set<String> households = new java.util.TreeSet<>();
        for (String a : atenabango) {
            JuminVersion v = session.load("atenabango", a);
            if (!v.isResident()) {
                throw new RuleViolationException(422, "already-removed", "既に消除されている住民です",
                        List.of(new FieldViolation("atenabango", StandardErrorCode.E0004, "already-removed",
                                "宛名番号 " + a + " は既に" + v.kisai().jotai().label() + "により消除されています")));
            }
            households.add(v.kisai().setaibango());
        }
        if (households.size() != 1) {
            throw new RuleViolationException("same-household", "atenabango", StandardErrorCode.E0004,
                    "一度に指定できるのは同じ世帯の世帯員です");
        }
        return households.iterator().next();
    }

    /**
     * Writes the movers into the target household: the target's 世帯主 (if any) stays; each mover
     * gets the 続柄 given, or 世帯主 when named as the target's new head.
     */
    static void moveInto(IdoSession session, List<JuminVersion> movers, String target, int firstJunjo,
            String newHeadOrNull, Map<String, String> zokugara) {
        List<FieldViolation> missing = new ArrayList<>();
        for (JuminVersion v : movers) {
            if (!v.atenabango().equals(newHeadOrNull) && !zokugara.containsKey(v.atenabango())) {
                missing.add(new FieldViolation("zokugara", StandardErrorCode.E0001, "zokugara-required",
                        "宛名番号 " + v.atenabango() + " の移動先の世帯主との続柄を指定してください"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(422, "zokugara-required", "続柄が指定されていない世帯員がいます", missing);
        }
        List<JuminVersion> ordered = new ArrayList<>(movers);
        ordered.sort((a, b) -> Boolean.compare(!a.atenabango().equals(newHeadOrNull), !b.atenabango().equals(newHeadOrNull)));
        int junjo = firstJunjo;
        for (JuminVersion v : ordered) {
            boolean head = v.atenabango().equals(newHeadOrNull);
            String z = head ? jp.kikan.jumin.domain.policy.ZokugaraPolicy.SETAINUSHI : zokugara.get(v.atenabango());
            HouseholdReorganization.checkZokugara(z, v.atenabango());
            JuminKisai k = v.kisai().withSetai(target, head, z, junjo++);
            session.write(v, k);
        }
    }

    static List<JuminVersion> without(List<JuminVersion> members, List<JuminVersion> movers) {
        Set<String> ids = new HashSet<>();
        movers.forEach(m -> ids.add(m.atenabango()));
        return members.stream().filter(m -> !ids.contains(m.atenabango())).toList();
    }
}
