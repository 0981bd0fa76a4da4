package jp.kikan.jumin.application.shomei;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.jumin.application.ido.IdoInput;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** 交付履歴照会 (住民記録 1.0 第3章 2.2.2): which certificates were issued about a person. */
@ApplicationScoped
public class KofuRirekiService {

    @Inject
    KofuRecorder kofu;

    @Inject
    AccessLog accessLog;

    @Inject
    jp.kikan.jumin.application.shien.ShienSochiGuard guard;

    @Transactional
    public List<KofuRecorder.Kofu> issuedFor(Caller caller, String atenabango, int limit) {
        IdoInput in = new IdoInput();
        String a = in.bango("atenabango", atenabango);
        in.check();
        guard.checkShokai(caller, a);
        List<KofuRecorder.Kofu> out = kofu.issuedFor(caller.lgCode(), a, limit);
        accessLog.record(caller, "kofu-rireki", "jumin", a, "count=" + out.size());
        return out;
    }
}
