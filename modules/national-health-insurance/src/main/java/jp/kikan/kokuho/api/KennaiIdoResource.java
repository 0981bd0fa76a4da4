package jp.kikan.kokuho.api;

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
import jp.kikan.kokuho.application.HihokenshaShokai;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.kokuho.application.ShikakuKennaiIdo;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 県内転居の記録 (operation kennaiIdoShikaku). */
@Path("/v1/shikaku/kennai-ido")
@Produces(MediaType.APPLICATION_JSON)
public class KennaiIdoResource {

    @Inject
    ShikakuKennaiIdo kennai;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response kennaiIdo(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        HihokenshaShokai.View v = kennai.kiroku(caller.current(), key, request);
        return Response.created(URI.create("/v1/hihokensha/" + v.atenabango())).entity(v).build();
    }
}
