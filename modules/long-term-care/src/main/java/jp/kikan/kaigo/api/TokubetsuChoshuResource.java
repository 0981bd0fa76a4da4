package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.kaigo.application.TokubetsuChoshuTodokede;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 特別徴収対象者の通知の記録 (operation todokedeTokubetsuChoshu). */
@Path("/v1/kaigo/tokubetsu-choshu")
@Produces(MediaType.APPLICATION_JSON)
public class TokubetsuChoshuResource {

    @Inject
    TokubetsuChoshuTodokede todokede;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response todokede(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        TokubetsuChoshuTodokede.View v = todokede.todokede(caller.current(), key, request);
        return Response.created(URI.create("/v1/kaigo/fuka/" + v.atenabango() + "?nendo=" + v.nendo())).entity(v).build();
    }
}
