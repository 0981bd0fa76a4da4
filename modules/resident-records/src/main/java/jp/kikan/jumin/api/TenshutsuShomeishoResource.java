package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.shomei.TenshutsuShomeishoService;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 転出証明書 (x-kikan-function: certificate.tenshutsu-shomeisho). */
@Path("/v1/shomei/tenshutsu-shomeisho")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.SHIEN})
public class TenshutsuShomeishoResource {

    @Inject
    TenshutsuShomeishoService service;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    public Response issue(TenshutsuShomeishoService.Request request) {
        if (request == null) {
            throw new RuleViolationException(400, "body", "リクエスト本文が必要です", List.of());
        }
        TenshutsuShomeishoService.Issued issued = service.issue(caller.current(), request);
        return Response.ok(issued.pdf(), "application/pdf").header("X-Hakko-Bango", issued.hakkoBango())
                .header("X-Saikofu", issued.saikofu())
                .header("Content-Disposition", "attachment; filename=\"tenshutsu-" + issued.hakkoBango() + ".pdf\"")
                .build();
    }
}
