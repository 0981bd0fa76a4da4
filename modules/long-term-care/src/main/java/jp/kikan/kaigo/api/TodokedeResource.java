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
import jp.kikan.kaigo.application.HihokenshaShokai;
import jp.kikan.kaigo.application.NenreiTotatsuShori;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.kaigo.application.ShikakuTodokede;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 資格の届出 (operation todokedeShikaku) and the 65歳到達 run (operation nenreiTotatsu). */
@Path("/v1/shikaku")
@Produces(MediaType.APPLICATION_JSON)
public class TodokedeResource {

    @Inject
    ShikakuTodokede todokede;

    @Inject
    NenreiTotatsuShori nenreiTotatsu;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/todokede")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response todokede(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        HihokenshaShokai.View v = todokede.todokede(caller.current(), key, request);
        return Response.created(URI.create("/v1/hihokensha/" + v.atenabango())).entity(v).build();
    }

    @POST
    @Path("/nenrei-totatsu")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public NenreiTotatsuShori.Kekka nenreiTotatsu(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return nenreiTotatsu.run(caller.current(), key, request);
    }
}
