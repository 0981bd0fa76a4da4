package jp.kikan.kaigo.api;

import jakarta.ws.rs.Path;
import jp.kikan.kaigo.application.Jumins;
import jp.kikan.kaigo.application.KaigoFukaEvents;
import jp.kikan.platform.quarkus.feed.ChoteiRenkeiEndpoint;
import jp.kikan.platform.quarkus.feed.ChoteiRenkeiFeed.Chotei;

/**
 * 庁内データ連携 介護保険料 (operation getKaigoHokenryoRenkei, x-kikan-function renkei.kaigo-hokenryo; scope
 * 023:kaigo-hokenryo-renkei:Read only: the role named by {@code kikan.renkei.reader-role}, Roles.RENKEI_READER): every
 * premium version (当初・更正) of a 第1号被保険者 with its 調定 (期別 by 徴収方法 with 納期限, the differences of a 更正),
 * for the collection service — the snapshot's latest version per 宛名番号:年度, then the versions committed after it,
 * in commit order.
 */
@Path("/v1/renkei/kaigo-hokenryo")
public class KaigoHokenryoRenkeiResource extends ChoteiRenkeiEndpoint {

    public KaigoHokenryoRenkeiResource() {
        super(new Chotei("renkei.kaigo-hokenryo", KaigoFukaEvents.TYPE, "atenabango", Jumins.TARGET, "介護保険料 調定",
                "介護保険料 (第1号被保険者) の賦課の版ごとの調定 (全件の後に差分)"));
    }
}
