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
import jp.kikan.kokuho.application.Roles;
import jp.kikan.kokuho.application.ShikakuKakuninshoHakko;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 資格確認書の交付 (operation issueShikakuKakuninsho): the PDF with its 発行番号 in X-Hakko-Bango. */
@Path("/v1/kokuho/shikaku-kakuninsho")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class ShikakuKakuninshoResource {

    @Inject
    ShikakuKakuninshoHakko hakko;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response issue(JsonNode request) {
        ShikakuKakuninshoHakko.Issued issued = hakko.issue(caller.current(), request);
        return Response.ok(issued.pdf(), "application/pdf").header("X-Hakko-Bango", issued.hakkoBango())
                .header("Content-Disposition", "attachment; filename=\"shikaku-kakuninsho-" + issued.hakkoBango() + ".pdf\"")
                .build();
    }
}
