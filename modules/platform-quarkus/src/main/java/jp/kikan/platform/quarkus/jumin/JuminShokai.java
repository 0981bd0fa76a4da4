package jp.kikan.platform.quarkus.jumin;

import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * Finds a person or a household of the caller's municipality, as resident records' feed sent them, for a use case of
 * a consuming service, and applies the 支援措置 the feed carries: a protected person is looked up only by the service's
 * 支援措置 role (住民基本台帳事務処理要領 第5-10, the same rule as in resident records), and every refusal is written to
 * the access log even when the request rolls back. A service names its role in a subclass.
 */
public abstract class JuminShokai {

    /** The access log's target kinds. */
    public static final String TARGET = "hihokensha";
    public static final String SETAI = "setai";

    @Inject
    JuminStore store;

    @Inject
    AccessLog accessLog;

    /** The role that may look up a protected person in this service. */
    protected abstract String shienRole();

    public Jumin require(Caller caller, String atenabango, String action) {
        Jumin j = store.find(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません"));
        guard(caller, List.of(j), action, TARGET, atenabango, "支援措置の対象者です。照会は支援措置担当の職員のみが行えます。");
        return j;
    }

    /**
     * {@link #require} for a command that changes what this service records of the person, the person's row then
     * locked (for update) until the command's transaction ends.
     */
    public Jumin lock(Caller caller, String atenabango, String action) {
        require(caller, atenabango, action);
        return store.lock(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません"));
    }

    /** The residents of the 世帯 now. */
    public List<Jumin> requireSetai(Caller caller, String setaibango, String action) {
        return setai(caller, store.setai(caller.lgCode(), setaibango), setaibango, action);
    }

    /** As {@link #requireSetai}, with those who left the 世帯 by moving out or dying. */
    public List<Jumin> requireSetaiAll(Caller caller, String setaibango, String action) {
        return setai(caller, store.setaiAll(caller.lgCode(), setaibango), setaibango, action);
    }

    /** Whether no one recorded in the 世帯 is under 支援措置. */
    public boolean setaiUnprotected(Caller caller, String setaibango) {
        return store.setaiAll(caller.lgCode(), setaibango).stream().noneMatch(Jumin::shienSochiTaisho);
    }

    private List<Jumin> setai(Caller caller, List<Jumin> members, String setaibango, String action) {
        if (members.isEmpty()) {
            throw new NotFoundException("setaibango", "世帯番号 " + setaibango + " の世帯は記録されていません");
        }
        guard(caller, members, action, SETAI, setaibango, "支援措置の対象者が含まれます。照会は支援措置担当の職員のみが行えます。");
        return members;
    }

    private void guard(Caller caller, List<Jumin> people, String action, String target, String id, String message) {
        if (people.stream().anyMatch(Jumin::shienSochiTaisho) && !caller.hasRole(shienRole())) {
            accessLog.recordRefusal(caller, action, target, List.of(id), "支援措置により抑止");
            throw new SuppressedException(message);
        }
    }
}
