package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.kokuho.infrastructure.JuminStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * Finds a person or a household of the caller's municipality for a use case, and applies the 支援措置 the resident
 * feed carries: a protected person is looked up only by the 支援措置 role (住民基本台帳事務処理要領 第5-10, the same
 * rule as in resident records), and every refusal is written to the access log even when the request rolls back.
 */
@ApplicationScoped
public class Jumins {

    public static final String TARGET = "hihokensha";
    public static final String SETAI = "setai";

    @Inject
    JuminStore store;

    @Inject
    AccessLog accessLog;

    public JuminStore.Jumin require(Caller caller, String atenabango, String action) {
        JuminStore.Jumin j = store.find(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません"));
        guard(caller, List.of(j), action, TARGET, List.of(atenabango));
        return j;
    }

    public List<JuminStore.Jumin> requireSetai(Caller caller, String setaibango, String action) {
        List<JuminStore.Jumin> members = store.setai(caller.lgCode(), setaibango);
        if (members.isEmpty()) {
            throw new NotFoundException("setaibango", "世帯番号 " + setaibango + " の世帯は記録されていません");
        }
        guard(caller, members, action, SETAI, List.of(setaibango));
        return members;
    }

    /** As {@link #requireSetai}, with those who left the 世帯 by moving out or dying. */
    public List<JuminStore.Jumin> requireSetaiAll(Caller caller, String setaibango, String action) {
        List<JuminStore.Jumin> members = store.setaiAll(caller.lgCode(), setaibango);
        if (members.isEmpty()) {
            throw new NotFoundException("setaibango", "世帯番号 " + setaibango + " の世帯は記録されていません");
        }
        guard(caller, members, action, SETAI, List.of(setaibango));
        return members;
    }

    /** Whether no one recorded in the 世帯 is under 支援措置. */
    public boolean setaiUnprotected(Caller caller, String setaibango) {
        return store.setaiAll(caller.lgCode(), setaibango).stream().noneMatch(JuminStore.Jumin::shienSochiTaisho);
    }

    private void guard(Caller caller, List<JuminStore.Jumin> people, String action, String target, List<String> ids) {
        if (people.stream().anyMatch(JuminStore.Jumin::shienSochiTaisho) && !caller.hasRole(Roles.SHIEN)) {
            accessLog.recordRefusal(caller, action, target, ids, "支援措置により抑止");
            throw new SuppressedException("支援措置の対象者が含まれます。照会は支援措置担当の職員のみが行えます。");
        }
    }
}
