package jp.kikan.jumin.application.ido;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 消除 (転出, 死亡, 職権消除): the persons become 除票 with their status; whoever stays in the
 * household gets a new 世帯主 when the old one left. Someone already removed cannot be removed again.
 */
final class Removal {

    private Removal() {
    }

    static void remove(IdoSession session, List<String> atenabango, JuminJotai jotai, String tenshutsusaki,
            String shinSetainushi, Map<String, String> zokugara) {
        List<JuminVersion> leaving = new ArrayList<>();
        for (String a : atenabango) {
            JuminVersion v = session.load("atenabango", a);
            if (!v.isResident()) {
                throw new RuleViolationException(422, "already-removed", "既に消除されている住民です",
                        List.of(new FieldViolation("atenabango", StandardErrorCode.E0004, "already-removed",
                                "宛名番号 " + a + " は既に" + v.kisai().jotai().label() + "により消除されています")));
            }
            leaving.add(v);
        }
        Set<String> households = new java.util.TreeSet<>();
        leaving.forEach(v -> households.add(v.kisai().setaibango()));
        if (households.size() != 1) {
            throw new RuleViolationException("same-household", "atenabango", StandardErrorCode.E0004,
                    "一度に消除できるのは同じ世帯の世帯員です");
        }
        String setaibango = households.iterator().next();
        List<JuminVersion> members = session.household("atenabango", setaibango);
        for (JuminVersion v : leaving) {
            JuminVersion current = members.stream().filter(m -> m.atenabango().equals(v.atenabango())).findFirst()
                    .orElse(v);
            session.write(current, current.kisai().withJotai(jotai, tenshutsusaki));
        }
        Set<String> leavingIds = new java.util.HashSet<>(atenabango);
        List<JuminVersion> staying = members.stream().filter(m -> !leavingIds.contains(m.atenabango())).toList();
        HouseholdReorganization.rehead(session, staying, shinSetainushi, zokugara);
    }
}
