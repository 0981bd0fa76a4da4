package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.shomei.NozeiTsuchisho;
import jp.kikan.chihozei.application.shomei.ShomeiHakko;
import jp.kikan.chihozei.application.shomei.ShotokuKazeiShomei;
import jp.kikan.chihozei.application.shomei.TokubetsuChoshuTsuchisho;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/**
 * 証明書・通知書 (operations issueShotokuKazeiShomeisho, issueNozeiTsuchisho, issueTokubetsuChoshuTsuchisho): PDFs with
 * the 発行番号 in X-Hakko-Bango.
 */
@Path("/v1/kojin-juminzei/shomei")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class ShomeiResource {

    @Inject
    ShotokuKazeiShomei shotokuKazei;

    @Inject
    NozeiTsuchisho nozeiTsuchisho;

    @Inject
    TokubetsuChoshuTsuchisho tokubetsuChoshu;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/tokubetsu-choshu-tsuchisho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response tokubetsuChoshu(JsonNode request) {
        return pdf(tokubetsuChoshu.issue(caller.current(), request), "tokubetsu-choshu-tsuchisho");
    }

    @POST
    @Path("/shotoku-kazei")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response shotokuKazei(JsonNode request) {
        return pdf(shotokuKazei.issue(caller.current(), request), "shotoku-kazei-shomeisho");
    }

    @POST
    @Path("/nozei-tsuchisho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response nozeiTsuchisho(JsonNode request) {
        return pdf(nozeiTsuchisho.issue(caller.current(), request), "nozei-tsuchisho");
    }

    private static Response pdf(ShomeiHakko.Issued issued, String name) {
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), name);
    }
}
