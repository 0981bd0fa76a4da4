package jp.kikan.kokuho.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.kokuho.application.SetaiShokai;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 国保世帯 (operation getSetai). */
@Path("/v1/setai")
@Produces(MediaType.APPLICATION_JSON)
public class SetaiResource {

    @Inject
    SetaiShokai shokai;

    @Inject
    CallerResolver caller;

    @GET
    @Path("/{setaibango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public SetaiShokai.View get(@PathParam("setaibango") String setaibango) {
        return shokai.shokai(caller.current(), setaibango);
    }
}
