package jp.kikan.kaigo.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kikan.kaigo.application.NinteiViews;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.kaigo.application.YokaigoNintei;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 要介護・要支援認定 (operations shinseiNintei, tetsuzukiNintei, getNintei, listNinteiChien). */
@Path("/v1/kaigo/nintei")
@Produces(MediaType.APPLICATION_JSON)
public class NinteiResource {

    @Inject
    YokaigoNintei nintei;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/shinsei")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response shinsei(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        NinteiViews.ShinseiView v = nintei.shinsei(caller.current(), key, request);
        return Response.created(URI.create("/v1/kaigo/nintei/" + v.atenabango())).entity(v).build();
    }

    @POST
    @Path("/shinsei/{shinseiId}/tetsuzuki")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response tetsuzuki(@HeaderParam("Idempotency-Key") String key, @PathParam("shinseiId") long shinseiId,
            JsonNode request) {
        NinteiViews.ShinseiView v = nintei.tetsuzuki(caller.current(), key, shinseiId, request);
        return Response.created(URI.create("/v1/kaigo/nintei/" + v.atenabango())).entity(v).build();
    }

    @GET
    @Path("/chien")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public NinteiViews.Chien chien() {
        return nintei.chien(caller.current());
    }

    @GET
    @Path("/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public NinteiViews.Rireki get(@PathParam("atenabango") String atenabango) {
        return nintei.rireki(caller.current(), atenabango);
    }
}
