package jp.kikan.jumin.application.shien;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jp.kikan.jumin.application.BusinessCalendar;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.SuppressedException;

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

    public void checkShokai(Caller caller, String atenabango) {
        check(caller, List.of(atenabango), ShienSochi.SHOKAI, "照会");
    }

    public void checkHakko(Caller caller, Collection<String> atenabango) {
        check(caller, atenabango, ShienSochi.HAKKO, "証明書の発行");
    }

    public void checkIdo(Caller caller, String atenabango) {
        check(caller, List.of(atenabango), ShienSochi.IDO, "異動の記録");
    }

    /** Those hidden from this caller's search results. */
    public Set<String> hiddenFrom(Caller caller, Collection<String> atenabango) {
        if (caller.hasRole(Roles.SHIEN) || atenabango.isEmpty()) {
            return Set.of();
        }
        return repo.blocked(caller.lgCode(), atenabango, ShienSochi.SHOKAI, calendar.today());
    }

    private void check(Caller caller, Collection<String> atenabango, String process, String label) {
        if (caller.hasRole(Roles.SHIEN)) {
            return;
        }
        Set<String> blocked = repo.blocked(caller.lgCode(), atenabango, process, calendar.today());
        if (!blocked.isEmpty()) {
            throw new SuppressedException("支援措置の対象者が含まれるため" + label + "はできません。支援措置担当にご相談ください。"
                    + " (宛名番号 " + String.join(", ", blocked) + ")");
        }
    }
}
