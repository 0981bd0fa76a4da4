package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.shomei.JuminhyoService;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/** 住民票の写し (x-kikan-function: certificate.juminhyo). */
@Path("/v1/shomei/juminhyo")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.SHIEN})
public class ShomeiResource {

    @Inject
    JuminhyoService service;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response issue(JuminhyoService.Request request) {
        if (request == null) {
            throw new jp.kikan.platform.problem.RuleViolationException(400, "body", "リクエスト本文が必要です",
                    java.util.List.of());
        }
        JuminhyoService.Issued issued = service.issue(caller.current(), request);
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), "juminhyo");
    }
}
