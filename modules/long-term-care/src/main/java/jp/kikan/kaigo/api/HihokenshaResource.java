package jp.kikan.kaigo.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kaigo.application.HihokenshaShokai;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 被保険者の資格と履歴 (operation getHihokensha). */
@Path("/v1/hihokensha")
@Produces(MediaType.APPLICATION_JSON)
public class HihokenshaResource {

    @Inject
    HihokenshaShokai shokai;

    @Inject
    CallerResolver caller;

    @GET
    @Path("/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public HihokenshaShokai.View get(@PathParam("atenabango") String atenabango) {
        return shokai.shokai(caller.current(), atenabango);
    }
}
