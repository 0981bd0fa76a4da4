package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.kaigo.application.HokenryoParameterToroku;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.parameter.ParameterHanViews;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** An insurer's loaded premium parameters (operations loadKaigoHokenshaParameter, getKaigoHokenshaParameter). */
@Path("/v1/kaigo/parameters/hokensha/{shikuchosonkodo}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class HokenshaParameterResource {

    @Inject
    HokenryoParameterToroku toroku;

    @Inject
    CallerResolver caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ParameterHanViews.Han load(@PathParam("shikuchosonkodo") String shikuchosonkodo,
            @HeaderParam("Idempotency-Key") String key, JsonNode document) {
        return toroku.toroku(caller.current(), key, shikuchosonkodo, document);
    }

    @GET
    public ParameterHanViews.Rireki get(@PathParam("shikuchosonkodo") String shikuchosonkodo) {
        return toroku.shokai(caller.current(), shikuchosonkodo);
    }
}
