package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kikan.chihozei.application.KaokuIdo;
import jp.kikan.chihozei.application.KaokuToroku;
import jp.kikan.chihozei.application.KoteishisanDaichoShokai;
import jp.kikan.chihozei.application.KoteishisanViews;
import jp.kikan.chihozei.application.KoteishisanzeiFukaKettei;
import jp.kikan.chihozei.application.KoteishisanzeiFukaRireki;
import jp.kikan.chihozei.application.KoteishisanzeiShisan;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.TochiIdo;
import jp.kikan.chihozei.application.TochiToroku;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.quarkus.shomei.ShomeiPdf;

/**
 * 固定資産税・都市計画税 (tag 固定資産税): registerTochi, recordTochiIdo, getTochi, registerKaoku, recordKaokuIdo, getKaoku,
 * getKoteishisanShoyu, shisanKoteishisanzei, assessKoteishisanzei, getKoteishisanzeiFukaRireki, issueKoteishisanShomei,
 * (the 当初賦課: KoteishisanToshoResource).
 */
@Path("/v1/koteishisanzei")
@Produces(MediaType.APPLICATION_JSON)
public class KoteishisanzeiResource {

    @Inject
    TochiToroku tochiToroku;

    @Inject
    TochiIdo tochiIdo;

    @Inject
    KaokuToroku kaokuToroku;

    @Inject
    KaokuIdo kaokuIdo;

    @Inject
    KoteishisanDaichoShokai shokai;

    @Inject
    KoteishisanzeiShisan shisan;

    @Inject
    KoteishisanzeiFukaKettei kettei;

    @Inject
    KoteishisanzeiFukaRireki rireki;

    @Inject
    jp.kikan.chihozei.application.shomei.KoteishisanShomeiHakko shomei;


    @Inject
    CallerResolver caller;

    @POST
    @Path("/tochi")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response tochi(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(tochiToroku.toroku(caller.current(), key, request)).build();
    }

    @POST
    @Path("/tochi/{tochi_id}/ido")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response tochiIdo(@HeaderParam("Idempotency-Key") String key, @PathParam("tochi_id") String id, JsonNode request) {
        return Response.status(201).entity(tochiIdo.ido(caller.current(), key, id, request)).build();
    }

    @GET
    @Path("/tochi/{tochi_id}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public KoteishisanViews.Tochi tochi(@PathParam("tochi_id") String id) {
        return shokai.tochi(caller.current(), id);
    }

    @POST
    @Path("/kaoku")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response kaoku(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(kaokuToroku.toroku(caller.current(), key, request)).build();
    }

    @POST
    @Path("/kaoku/{kaoku_id}/ido")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response kaokuIdo(@HeaderParam("Idempotency-Key") String key, @PathParam("kaoku_id") String id, JsonNode request) {
        return Response.status(201).entity(kaokuIdo.ido(caller.current(), key, id, request)).build();
    }

    @GET
    @Path("/kaoku/{kaoku_id}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public KoteishisanViews.Kaoku kaoku(@PathParam("kaoku_id") String id) {
        return shokai.kaoku(caller.current(), id);
    }

    @GET
    @Path("/shoyusha/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public KoteishisanViews.Shoyu shoyu(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return shokai.shoyu(caller.current(), atenabango, nendo);
    }

    @POST
    @Path("/shisan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public KoteishisanViews.ShisanKekka shisan(JsonNode request) {
        return shisan.shisan(caller.current(), request);
    }

    @POST
    @Path("/fuka")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response fuka(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(kettei.kettei(caller.current(), key, request)).build();
    }

    @GET
    @Path("/fuka/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public KoteishisanViews.FukaRireki fuka(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return rireki.rireki(caller.current(), atenabango, nendo);
    }

    @POST
    @Path("/shomei")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public Response shomei(JsonNode request) {
        var issued = shomei.issue(caller.current(), request);
        return ShomeiPdf.response(issued.pdf(), issued.hakkoBango(), "koteishisanzei");
    }
}
