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
import jp.kikan.chihozei.application.KotekiNenkinHokokuMitotsugo;
import jp.kikan.chihozei.application.KotekiNenkinHokokuTorikomi;
import jp.kikan.chihozei.application.KyuyoHokokuMitotsugo;
import jp.kikan.chihozei.application.KyuyoHokokuTorikomi;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * The income reports of payers (operations importKyuyoShiharaiHokokusho, getKyuyoHokokuMitotsugo,
 * importKotekiNenkinShiharaiHokokusho, getKotekiNenkinHokokuMitotsugo): 給与支払報告書 and 公的年金等支払報告書 files and
 * the rows no taxpayer was found for.
 */
@Path("/v1/kojin-juminzei")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ShiharaiHokokushoResource {

    @Inject
    KyuyoHokokuTorikomi kyuyo;

    @Inject
    KyuyoHokokuMitotsugo kyuyoMitotsugo;

    @Inject
    KotekiNenkinHokokuTorikomi nenkin;

    @Inject
    KotekiNenkinHokokuMitotsugo nenkinMitotsugo;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/kyuyo-shiharai-hokokusho")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response kyuyo(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(kyuyo.torikomi(caller.current(), key, request)).build();
    }

    @GET
    @Path("/kyuyo-shiharai-hokokusho/mitotsugo")
    public KyuyoHokokuMitotsugo.Ichiran kyuyoMitotsugo(@QueryParam("nendo") int nendo,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return kyuyoMitotsugo.ichiran(caller.current(), nendo, limit);
    }

    @POST
    @Path("/koteki-nenkin-shiharai-hokokusho")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response nenkin(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(nenkin.torikomi(caller.current(), key, request)).build();
    }

    @GET
    @Path("/koteki-nenkin-shiharai-hokokusho/mitotsugo")
    public KotekiNenkinHokokuMitotsugo.Ichiran nenkinMitotsugo(@QueryParam("nendo") int nendo,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return nenkinMitotsugo.ichiran(caller.current(), nendo, limit);
    }
}
