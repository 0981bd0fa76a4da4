package jp.kikan.jumin.application.shien;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jp.kikan.jumin.application.Roles;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * Applies 支援措置: for anyone but the 支援措置担当 role, a protected person cannot be looked up,
 * issued a certificate for, or changed — and the refusal says so plainly.
 */
@ApplicationScoped
public class ShienSochiGuard {

    @Inject
    ShienSochiRepository repo;

    @Inject
    BusinessCalendar calendar;

    @Inject
    AccessLog accessLog;

    public void checkShokai(Caller caller, String atenabango) {
        check(caller, List.of(atenabango), ShienSochi.SHOKAI, "照会", "shokai-kyohi", "jumin");
    }

    /** @param document what was to be issued (juminhyo, tenshutsu-shomeisho), for the access log */
    public void checkHakko(Caller caller, Collection<String> atenabango, String document) {
        check(caller, atenabango, ShienSochi.HAKKO, "証明書の発行", "hakko-kyohi", document);
    }

    public void checkIdo(Caller caller, Collection<String> atenabango) {
        check(caller, atenabango, ShienSochi.IDO, "異動の記録", "ido-kyohi", "jumin");
    }

    /** Those hidden from this caller's search results. */
    public Set<String> hiddenFrom(Caller caller, Collection<String> atenabango) {
        if (caller.hasRole(Roles.SHIEN) || atenabango.isEmpty()) {
            return Set.of();
        }
        return repo.blocked(caller.lgCode(), atenabango, ShienSochi.SHOKAI, calendar.today());
    }

    /**
     * Refuses when a measure blocks the process, and records the refusal in the access log first, in a
     * transaction of its own: an attempt to reach a protected person is evidence an auditor needs, kept
     * even though the refused command rolls back.
     */
    private void check(Caller caller, Collection<String> atenabango, String process, String label, String action,
            String targetType) {
        if (caller.hasRole(Roles.SHIEN)) {
            return;
        }
        Set<String> blocked = repo.blocked(caller.lgCode(), atenabango, process, calendar.today());
        if (!blocked.isEmpty()) {
            accessLog.recordRefusal(caller, action, targetType, List.copyOf(atenabango), "支援措置により拒否");
            throw new SuppressedException("支援措置の対象者が含まれるため" + label + "はできません。支援措置担当にご相談ください。"
                    + " (宛名番号 " + String.join(", ", blocked) + ")");
        }
    }
}
