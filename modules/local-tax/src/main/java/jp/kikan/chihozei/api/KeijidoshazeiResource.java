package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.chihozei.application.KeijidoshazeiFukaKettei;
import jp.kikan.chihozei.application.KeijidoshazeiFukaRireki;
import jp.kikan.chihozei.application.KeijidoshazeiGenmenKettei;
import jp.kikan.chihozei.application.KeijidoshazeiGenmenShinsei;
import jp.kikan.chihozei.application.KeijidoshazeiShisan;
import jp.kikan.chihozei.application.KeijidoshazeiViews;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * 軽自動車税の試算・賦課・減免 (operations shisanKeijidoshazei, assessKeijidoshazei, getKeijidoshazeiFukaRireki,
 * applyKeijidoshazeiGenmen, decideKeijidoshazeiGenmen).
 */
@Path("/v1/keijidoshazei")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class KeijidoshazeiResource {

    @Inject
    KeijidoshazeiShisan shisan;

    @Inject
    KeijidoshazeiFukaKettei fuka;

    @Inject
    KeijidoshazeiFukaRireki rireki;

    @Inject
    KeijidoshazeiGenmenShinsei shinsei;

    @Inject
    KeijidoshazeiGenmenKettei kettei;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/shisan")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeijidoshazeiViews.ShisanKekka shisan(JsonNode request) {
        return shisan.shisan(request);
    }

    @POST
    @Path("/fuka")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fuka(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(Response.Status.CREATED).entity(fuka.fuka(caller.current(), key, request)).build();
    }

    @GET
    @Path("/fuka/{atenabango}")
    public KeijidoshazeiViews.FukaRireki rireki(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return rireki.rireki(caller.current(), atenabango, nendo);
    }

    @POST
    @Path("/genmen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response genmen(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(Response.Status.CREATED).entity(shinsei.shinsei(caller.current(), key, request)).build();
    }

    @POST
    @Path("/genmen/{genmen_id}/kettei")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeijidoshazeiViews.Genmen kettei(@HeaderParam("Idempotency-Key") String key, @PathParam("genmen_id") String genmenId,
            JsonNode request) {
        return kettei.kettei(caller.current(), key, genmenId, request);
    }
}
