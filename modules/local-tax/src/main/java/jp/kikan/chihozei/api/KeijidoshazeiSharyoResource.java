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
import java.net.URI;
import jp.kikan.chihozei.application.KeijidoshazeiViews;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.SharyoIdo;
import jp.kikan.chihozei.application.SharyoShokai;
import jp.kikan.chihozei.application.SharyoTorikomi;
import jp.kikan.chihozei.application.SharyoToroku;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * 軽自動車税の車両台帳 (operations registerSharyo, getSharyo, recordSharyoIdo, listNozeigimushaSharyo, importSharyoFile).
 */
@Path("/v1/keijidoshazei")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class KeijidoshazeiSharyoResource {

    @Inject
    SharyoToroku toroku;

    @Inject
    SharyoIdo ido;

    @Inject
    SharyoShokai shokai;

    @Inject
    SharyoTorikomi torikomi;

    @Inject
    CallerResolver caller;

    @POST
    @Path("/sharyo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        KeijidoshazeiViews.Sharyo s = toroku.toroku(caller.current(), key, request);
        return Response.created(URI.create("/v1/keijidoshazei/sharyo/" + s.sharyoId())).entity(s).build();
    }

    @GET
    @Path("/sharyo/{sharyo_id}")
    public KeijidoshazeiViews.Sharyo get(@PathParam("sharyo_id") String sharyoId, @QueryParam("kijunbi") String kijunbi) {
        return shokai.shokai(caller.current(), sharyoId, kijunbi);
    }

    @POST
    @Path("/sharyo/{sharyo_id}/ido")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeijidoshazeiViews.Sharyo ido(@HeaderParam("Idempotency-Key") String key, @PathParam("sharyo_id") String sharyoId,
            JsonNode request) {
        return ido.ido(caller.current(), key, sharyoId, request);
    }

    @GET
    @Path("/nozeigimusha/{atenabango}/sharyo")
    public KeijidoshazeiViews.SharyoIchiran list(@PathParam("atenabango") String atenabango, @QueryParam("kijunbi") String kijunbi) {
        return shokai.ichiran(caller.current(), atenabango, kijunbi);
    }

    @POST
    @Path("/sharyo-file")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeijidoshazeiViews.FileKekka importFile(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        return torikomi.torikomi(caller.current(), key, request);
    }
}
