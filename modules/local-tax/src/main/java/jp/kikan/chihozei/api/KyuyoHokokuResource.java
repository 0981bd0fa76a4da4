package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.chihozei.application.KyuyoHokokuMitotsugo;
import jp.kikan.chihozei.application.KyuyoHokokuTorikomi;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 給与支払報告書 (operations importKyuyoShiharaiHokokusho, getKyuyoHokokuMitotsugo). */
@Path("/v1/kojin-juminzei/kyuyo-shiharai-hokokusho")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class KyuyoHokokuResource {

    @Inject
    KyuyoHokokuTorikomi torikomi;

    @Inject
    KyuyoHokokuMitotsugo mitotsugo;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response torikomi(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(torikomi.torikomi(caller.current(), key, request)).build();
    }

    @GET
    @Path("/mitotsugo")
    public KyuyoHokokuMitotsugo.Ichiran mitotsugo(@QueryParam("nendo") int nendo,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return mitotsugo.ichiran(caller.current(), nendo, limit);
    }
}
