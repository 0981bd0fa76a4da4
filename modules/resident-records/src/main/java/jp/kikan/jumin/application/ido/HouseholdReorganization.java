package jp.kikan.jumin.application.ido;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.jumin.domain.policy.ZokugaraPolicy;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * What happens to the members who stay when someone leaves a household or the 世帯主 changes:
 * the new 世帯主 is written as 「世帯主」 and every other member gets the 続柄 the clerk gave
 * (relative to the new 世帯主). Members whose record does not change are not rewritten.
 */
final class HouseholdReorganization {

    private HouseholdReorganization() {
    }

    static Map<String, String> zokugaraMap(List<Commands.ZokugaraShitei> list) {
        return list == null ? Map.of()
                : list.stream().filter(z -> z != null && z.atenabango() != null && z.zokugara() != null)
                        .collect(Collectors.toMap(Commands.ZokugaraShitei::atenabango,
                                z -> ZokugaraPolicy.normalise(z.zokugara()), (a, b) -> b));
    }

    /**
     * Rewrites the staying members when the 世帯主 leaves or changes. If the 世帯主 stays and no new
     * 世帯主 is named, nothing is written for the others.
     */
    static void rehead(IdoSession session, List<JuminVersion> staying, String shinSetainushi,
            Map<String, String> zokugara) {
        if (staying.isEmpty()) {
            return;
        }
        boolean headStays = staying.stream().anyMatch(v -> v.kisai().setainushi());
        if (headStays && shinSetainushi == null) {
            return;
        }
        if (shinSetainushi == null) {
            throw new RuleViolationException(422, "setainushi-required", "世帯主が世帯を離れるため新しい世帯主の指定が必要です",
                    List.of(new FieldViolation("shin_setainushi", StandardErrorCode.E0001, "setainushi-required",
                            "残る世帯員から新しい世帯主を指定してください")));
        }
        if (staying.stream().noneMatch(v -> v.atenabango().equals(shinSetainushi))) {
            throw new RuleViolationException(422, "setainushi-member", "新しい世帯主はこの世帯に残る世帯員から指定してください",
                    List.of(new FieldViolation("shin_setainushi", StandardErrorCode.E0004, "setainushi-member",
                            "宛名番号 " + shinSetainushi + " はこの世帯に残る世帯員ではありません")));
        }
        List<FieldViolation> missing = new ArrayList<>();
        for (JuminVersion v : staying) {
            if (!v.atenabango().equals(shinSetainushi) && !zokugara.containsKey(v.atenabango())) {
                missing.add(new FieldViolation("zokugara", StandardErrorCode.E0001, "zokugara-required",
                        "宛名番号 " + v.atenabango() + " の新しい世帯主との続柄を指定してください"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(422, "zokugara-required", "新しい世帯主との続柄が指定されていない世帯員がいます", missing);
        }
        List<JuminVersion> ordered = new ArrayList<>(staying);
        ordered.sort(Comparator.comparing((JuminVersion v) -> !v.atenabango().equals(shinSetainushi))
                .thenComparingInt(v -> v.kisai().kisaiJunjo()));
        int junjo = 1;
        for (JuminVersion v : ordered) {
            boolean head = v.atenabango().equals(shinSetainushi);
            String z = head ? ZokugaraPolicy.SETAINUSHI : zokugara.get(v.atenabango());
            checkZokugara(z, v.atenabango());
            JuminKisai k = v.kisai().withSetai(v.kisai().setaibango(), head, z, junjo++);
            session.write(v, k);
        }
    }

    static void checkZokugara(String z, String atenabango) {
        if (!ZokugaraPolicy.isAllowed(z)) {
            throw new RuleViolationException(422, "zokugara-form", "続柄が標準の記載方法ではありません",
                    List.of(new FieldViolation("zokugara", StandardErrorCode.E0004, "zokugara-form",
                            "宛名番号 " + atenabango + " の続柄「" + z + "」は標準の記載方法ではありません")));
        }
    }
}
