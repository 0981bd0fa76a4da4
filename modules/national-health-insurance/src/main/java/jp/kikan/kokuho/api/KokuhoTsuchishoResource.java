package jp.kikan.kokuho.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.kokuho.application.KokuhoTsuchishoHakko;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.kokuho.application.ShikakuKakuninshoHakko;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/** 納税通知書・納入通知書の交付 (operation issueKokuhoTsuchisho): a PDF with the 発行番号. */
@Path("/v1/kokuho/tsuchisho")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class KokuhoTsuchishoResource {

    @Inject
    KokuhoTsuchishoHakko hakko;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response issue(JsonNode request) {
        ShikakuKakuninshoHakko.Issued issued = hakko.issue(caller.current(), request);
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), "kokuho-tsuchisho");
    }
}
