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
import jp.kikan.chihozei.application.shomei.KeijidoshaNozeiTsuchisho;
import jp.kikan.chihozei.application.shomei.ShomeiHakko;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/** 軽自動車税の納税通知書 (operation issueKeijidoshazeiNozeiTsuchisho): a PDF with the 発行番号 in X-Hakko-Bango. */
@Path("/v1/keijidoshazei/nozei-tsuchisho")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class KeijidoshazeiShomeiResource {

    @Inject
    KeijidoshaNozeiTsuchisho tsuchisho;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response issue(JsonNode request) {
        ShomeiHakko.Issued issued = tsuchisho.issue(caller.current(), request);
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), "keijidosha-nozei-tsuchisho");
    }
}
