package jp.kikan.jumin.application.ido;

import java.util.List;
import java.util.Map;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.jumin.domain.JuminVersion;

/**
 * 消除 (転出, 死亡, 職権消除): the persons become 除票 with their status; whoever stays in the
 * household gets a new 世帯主 when the old one left. Someone already removed cannot be removed again.
 */
final class Removal {

    private Removal() {
    }

    static void remove(IdoSession session, List<String> atenabango, JuminJotai jotai, String tenshutsusaki,
            String shinSetainushi, Map<String, String> zokugara) {
        String setaibango = Membership.householdOf(session, atenabango);
        List<JuminVersion> members = session.household("atenabango", setaibango);
        List<JuminVersion> leaving = Membership.pick(session, atenabango, members);
        for (JuminVersion v : leaving) {
            session.write(v, v.kisai().withJotai(jotai, tenshutsusaki));
        }
        List<JuminVersion> staying = Membership.without(members, leaving);
        HouseholdReorganization.rehead(session, staying, shinSetainushi, zokugara);
    }
}
