package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.kaigo.application.FutanWariaiShoHakko;
import jp.kikan.kaigo.application.HihokenshashoHakko;
import jp.kikan.kaigo.application.HokenryoTsuchishoHakko;
import jp.kikan.kaigo.application.KaigoShomei;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/**
 * This service's documents (operations issueHihokenshasho, issueFutanWariaiSho, issueHokenryoTsuchisho): PDFs with the
 * 発行番号.
 */
@Path("/v1/kaigo")
@RolesAllowed({Roles.CLERK, Roles.SHIEN})
public class ShomeiResource {

    @Inject
    HihokenshashoHakko hihokenshasho;

    @Inject
    FutanWariaiShoHakko futanWariaiSho;

    @Inject
    HokenryoTsuchishoHakko tsuchisho;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/hihokenshasho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response hihokenshasho(JsonNode request) {
        return pdf(hihokenshasho.issue(caller.current(), request), "kaigo-hihokenshasho");
    }

    @POST
    @Path("/futan-wariai-sho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response futanWariaiSho(JsonNode request) {
        return pdf(futanWariaiSho.issue(caller.current(), request), "kaigo-futan-wariai-sho");
    }

    @POST
    @Path("/hokenryo-tsuchisho")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response tsuchisho(JsonNode request) {
        return pdf(tsuchisho.issue(caller.current(), request), "kaigo-hokenryo-tsuchisho");
    }

    private static Response pdf(KaigoShomei.Issued issued, String name) {
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), name);
    }
}
