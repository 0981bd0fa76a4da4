package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.chihozei.application.FukaViews;
import jp.kikan.chihozei.application.KojinJuminzeiShisan;
import jp.kikan.chihozei.application.Roles;

/** 試算 (operation shisanKojinJuminzei). */
@Path("/v1/kojin-juminzei/shisan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ShisanResource {

    @Inject
    KojinJuminzeiShisan shisan;

    @POST
    public FukaViews.Shisan shisan(JsonNode request) {
        return shisan.shisan(request);
    }
}
