package jp.kikan.kokuho.api;

import jakarta.ws.rs.Path;
import jp.kikan.kokuho.application.Jumins;
import jp.kikan.kokuho.application.KokuhoFukaEvents;
import jp.kikan.platform.quarkus.feed.ChoteiRenkeiEndpoint;
import jp.kikan.platform.quarkus.feed.ChoteiRenkeiFeed.Chotei;

/**
 * 庁内データ連携 国民健康保険税 (operation getKokuhoHokenzeiRenkei, x-kikan-function renkei.kokuho-hokenzei; scope
 * 024:kokuho-hokenzei-renkei:Read only: the role named by {@code kikan.renkei.reader-role}, Roles.RENKEI_READER):
 * every assessment version (当初・更正) of a household with its 調定 (期別税額, the differences of a 更正), for the
 * collection service — the snapshot's latest version per 世帯番号:年度, then the versions committed after it, in
 * commit order.
 */
@Path("/v1/renkei/kokuho-hokenzei")
public class KokuhoHokenzeiRenkeiResource extends ChoteiRenkeiEndpoint {

    public KokuhoHokenzeiRenkeiResource() {
        super(new Chotei("renkei.kokuho-hokenzei", KokuhoFukaEvents.TYPE, "setaibango", Jumins.SETAI, "国民健康保険税 調定",
                "国民健康保険税の賦課の版ごとの調定 (全件の後に差分)"));
    }
}
