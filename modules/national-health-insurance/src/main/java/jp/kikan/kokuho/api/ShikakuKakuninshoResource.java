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
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/** 資格確認書・資格情報のお知らせの交付 (operations issueShikakuKakuninsho, issueShikakuJohoOshirase): PDFs with the 発行番号. */
@Path("/v1/kokuho")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class ShikakuKakuninshoResource {

    @Inject
    ShikakuKakuninshoHakko hakko;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/shikaku-kakuninsho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response kakuninsho(JsonNode request) {
        return pdf(hakko.kakuninsho(caller.current(), request), "shikaku-kakuninsho");
    }

    @POST
    @Path("/shikaku-joho-oshirase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response oshirase(JsonNode request) {
        return pdf(hakko.oshirase(caller.current(), request), "shikaku-joho-oshirase");
    }

    private static Response pdf(ShikakuKakuninshoHakko.Issued issued, String name) {
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), name);
    }
}
