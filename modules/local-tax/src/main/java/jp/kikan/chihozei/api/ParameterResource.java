package jp.kikan.chihozei.api;

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
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.parameter.ParameterRirekiShokai;
import jp.kikan.chihozei.application.parameter.ParameterToroku;
import jp.kikan.chihozei.application.parameter.ParameterViews;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** A municipality's published parameter values (operations loadShikuchosonParameter, getShikuchosonParameter). */
@Path("/v1/kojin-juminzei/parameters/municipalities/{shikuchosonkodo}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ParameterResource {

    @Inject
    ParameterToroku toroku;

    @Inject
    ParameterRirekiShokai shokai;

    @Inject
    CallerResolver caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ParameterViews.Han load(@PathParam("shikuchosonkodo") String shikuchosonkodo,
            @HeaderParam("Idempotency-Key") String key, JsonNode document) {
        return toroku.toroku(caller.current(), key, shikuchosonkodo, document);
    }

    @GET
    public ParameterViews.Rireki get(@PathParam("shikuchosonkodo") String shikuchosonkodo) {
        return shokai.shokai(caller.current(), shikuchosonkodo);
    }
}
