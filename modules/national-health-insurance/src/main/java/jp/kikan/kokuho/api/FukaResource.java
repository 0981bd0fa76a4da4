package jp.kikan.kokuho.api;

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
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.KokuhoFukaKettei;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 国民健康保険税の賦課 (operations fukaKokuho, getKokuhoFuka). */
@Path("/v1/kokuho/fuka")
@Produces(MediaType.APPLICATION_JSON)
public class FukaResource {

    @Inject
    KokuhoFukaKettei fuka;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response fuka(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        KokuhoFukaKettei.Fuka f = fuka.fuka(caller.current(), key, request);
        return Response.created(URI.create("/v1/kokuho/fuka/" + f.setaibango() + "?nendo=" + f.nendo())).entity(f).build();
    }

    @GET
    @Path("/{setaibango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public Map<String, List<KokuhoFukaKettei.Fuka>> rireki(@PathParam("setaibango") String setaibango,
            @QueryParam("nendo") int nendo) {
        return Map.of("items", fuka.rireki(caller.current(), setaibango, nendo));
    }
}
