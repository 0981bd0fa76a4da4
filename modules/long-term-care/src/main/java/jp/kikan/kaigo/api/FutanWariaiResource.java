package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kaigo.application.FutanWariai;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 利用者負担の割合 (operations shisanFutanWariai, getFutanWariai). */
@Path("/v1/kaigo/futan-wariai")
@Produces(MediaType.APPLICATION_JSON)
public class FutanWariaiResource {

    @Inject
    FutanWariai futanWariai;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/shisan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public FutanWariai.View shisan(JsonNode request) {
        return futanWariai.shisan(request);
    }

    @GET
    @Path("/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public FutanWariai.View get(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return futanWariai.hantei(caller.current(), atenabango, nendo);
    }
}
