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
import java.util.List;
import jp.kikan.chihozei.application.FukaRireki;
import jp.kikan.chihozei.application.KojinJuminzeiFukaKettei;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.ShinkokuShokai;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.chihozei.application.ShinkokuKiroku;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 申告 and 賦課 (operations recordShinkoku, getShinkoku, assessKojinJuminzei, getFukaRireki, listNendo). */
@Path("/v1/kojin-juminzei")
@Produces(MediaType.APPLICATION_JSON)
public class FukaResource {

    @Inject
    ShinkokuKiroku shinkoku;

    @Inject
    KojinJuminzeiFukaKettei kettei;

    @Inject
    FukaRireki rireki;

    @Inject
    ShinkokuShokai shinkokuShokai;

    @Inject
    ParameterRepository parameters;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/shinkoku")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response shinkoku(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return Response.status(201).entity(shinkoku.kiroku(caller.current(), key, request)).build();
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
    public JsonNode get(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return rireki.rireki(caller.current(), atenabango, nendo);
    }

    @GET
    @Path("/shinkoku/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public JsonNode shinkoku(@PathParam("atenabango") String atenabango, @QueryParam("nendo") int nendo) {
        return shinkokuShokai.shokai(caller.current(), atenabango, nendo);
    }

    /** The 年度 the engine has parameters for (national defaults; a city may lack its own for some). */
    public record NendoIchiran(List<NendoView> nendo) {
    }

    public record NendoView(int nendo, String label, String shotokuNenLabel) {
    }

    @GET
    @Path("/nendo")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN, Roles.AUDITOR})
    public NendoIchiran nendo() {
        return new NendoIchiran(parameters.nendo().stream().map(n -> new NendoView(n.seireki(), n.label(), n.shotokuNenLabel()))
                .toList());
    }
}
