package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.kaigo.infrastructure.JuminStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * Finds a person of the caller's municipality for a use case and applies the 支援措置 the resident feed carries: a
 * protected person is looked up only by the 支援措置 role (住民基本台帳事務処理要領 第5-10, as in resident records), and
 * every refusal is written to the access log even when the request rolls back.
 */
@ApplicationScoped
public class Jumins {

    public static final String TARGET = "hihokensha";

    @Inject
    JuminStore store;

    @Inject
    AccessLog accessLog;

    public JuminStore.Jumin require(Caller caller, String atenabango, String action) {
        JuminStore.Jumin j = store.find(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の住民は記録されていません"));
        if (j.shienSochiTaisho() && !caller.hasRole(Roles.SHIEN)) {
            accessLog.recordRefusal(caller, action, TARGET, List.of(atenabango), "支援措置により抑止");
            throw new SuppressedException("支援措置の対象者です。照会は支援措置担当の職員のみが行えます。");
        }
        return j;
    }
}
