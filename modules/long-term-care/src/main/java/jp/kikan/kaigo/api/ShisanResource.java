package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kaigo.application.KaigoShisan;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 介護保険料の試算 (operation shisanHokenryo). */
@Path("/v1/kaigo/shisan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ShisanResource {

    @Inject
    KaigoShisan shisan;

    @Inject
    CallerResolver caller;

    @POST
    public KaigoShisan.View shisan(JsonNode request) {
        return shisan.shisan(caller.current(), request);
    }
}
