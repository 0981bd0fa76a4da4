package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.ShotokuJohoShokai;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 所得情報 for other services (operation getShotokuJoho; scope 010:shotoku-joho:Read only). */
@Path("/v1/shotoku-joho")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SHOTOKU_READER)
public class ShotokuJohoResource {

    @Inject
    ShotokuJohoShokai shokai;

    @Inject
    CallerResolver caller;

    @GET
    @Path("/{atenabango}")
    public JsonNode get(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return shokai.shokai(caller.current(), atenabango, nendo);
    }
}
