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
import java.net.URI;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.ShokyakuShinkoku;
import jp.kikan.chihozei.application.ShokyakuShinkokuViews;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 償却資産申告 (tag 固定資産税): declareShokyakuShisan, getShokyakuShinkoku. */
@Path("/v1/koteishisanzei/shokyaku-shinkoku/{atenabango}")
@Produces(MediaType.APPLICATION_JSON)
public class ShokyakuShinkokuResource {

    @Inject
    ShokyakuShinkoku shinkoku;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response declare(@HeaderParam("Idempotency-Key") String key, @PathParam("atenabango") String atenabango,
            JsonNode request) {
        ShokyakuShinkokuViews.Rireki v = shinkoku.uketsuke(caller.current(), key, atenabango, request);
        return Response.created(URI.create("/v1/koteishisanzei/shokyaku-shinkoku/" + atenabango + "?nendo="
                + request.get("nendo").asInt())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public ShokyakuShinkokuViews.Rireki get(@PathParam("atenabango") String atenabango, @QueryParam("nendo") Integer nendo) {
        return shinkoku.shokai(caller.current(), atenabango, nendo);
    }
}
