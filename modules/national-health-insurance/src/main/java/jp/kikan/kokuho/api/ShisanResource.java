package jp.kikan.kokuho.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kokuho.application.KokuhoShisan;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 国民健康保険税の試算 (operation shisanKokuho). */
@Path("/v1/kokuho/shisan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ShisanResource {

    @Inject
    KokuhoShisan shisan;

    @Inject
    CallerResolver caller;

    @POST
    public KokuhoShisan.View shisan(JsonNode request) {
        return shisan.shisan(caller.current(), request);
    }
}
