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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.chihozei.application.HokokuTotsugoShitei;
import jp.kikan.chihozei.application.KotekiNenkinHokokuMitotsugo;
import jp.kikan.chihozei.application.KotekiNenkinHokokuTorikomi;
import jp.kikan.chihozei.application.KyuyoHokokuMitotsugo;
import jp.kikan.chihozei.application.KyuyoHokokuTorikomi;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * The income reports of payers (operations importKyuyoShiharaiHokokusho, getKyuyoHokokuMitotsugo,
 * importKotekiNenkinShiharaiHokokusho, getKotekiNenkinHokokuMitotsugo, assignKyuyoHokokuTotsugo,
 * assignKotekiNenkinHokokuTotsugo): 給与支払報告書 and 公的年金等支払報告書 files, the rows no taxpayer was found for, and
 * the clerk's assignment of such a row.
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
    HokokuTotsugoShitei shitei;

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

    @POST
    @Path("/kyuyo-shiharai-hokokusho/{file_id}/gyo/{line_no}/totsugo")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode kyuyoTotsugo(@HeaderParam("Idempotency-Key") String key, @PathParam("file_id") String fileId,
            @PathParam("line_no") int lineNo, JsonNode request) {
        return shitei.shitei(caller.current(), key, "kyuyo", fileId, lineNo, request);
    }

    @POST
    @Path("/koteki-nenkin-shiharai-hokokusho/{file_id}/gyo/{line_no}/totsugo")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode nenkinTotsugo(@HeaderParam("Idempotency-Key") String key, @PathParam("file_id") String fileId,
            @PathParam("line_no") int lineNo, JsonNode request) {
        return shitei.shitei(caller.current(), key, "koteki_nenkin", fileId, lineNo, request);
    }
}
