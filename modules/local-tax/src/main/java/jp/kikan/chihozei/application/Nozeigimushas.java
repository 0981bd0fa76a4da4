package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * Finds a taxpayer of the caller's municipality for a use case, and applies the 支援措置 the resident feed carries:
 * a protected person is looked up only by the 支援措置 role (住民基本台帳事務処理要領 第5-10; the same rule as in
 * resident records), and every refusal is written to the access log even when the request rolls back.
 */
@ApplicationScoped
public class Nozeigimushas {

    public static final String TARGET = "nozeigimusha";

    @Inject
    AccessLog accessLog;

    public NozeigimushaEntity require(Caller caller, String atenabango, String action) {
        NozeigimushaEntity n = NozeigimushaEntity.find(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の納税義務者は見つかりません"));
        if (n.shienSochiTaisho && !caller.hasRole(Roles.SHIEN)) {
            accessLog.recordRefusal(caller, action, TARGET, List.of(atenabango), "支援措置により抑止");
            throw new SuppressedException("この方は支援措置の対象者です。照会・発行は支援措置担当の職員のみが行えます。");
        }
        return n;
    }

    /** As {@link #require}, holding the taxpayer's row until the commit: the versions of one person are numbered under it. */
    public NozeigimushaEntity lock(Caller caller, String atenabango, String action) {
        NozeigimushaEntity n = require(caller, atenabango, action);
        NozeigimushaEntity.getEntityManager().lock(n, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return n;
    }
}
