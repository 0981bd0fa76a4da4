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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.KaigoFukaKettei;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 介護保険料の賦課 (operations fukaHokenryo, getKaigoFuka). */
@Path("/v1/kaigo/fuka")
@Produces(MediaType.APPLICATION_JSON)
public class FukaResource {

    @Inject
    KaigoFukaKettei kettei;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response fuka(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        KaigoFukaKettei.Fuka f = kettei.fuka(caller.current(), key, request);
        return Response.created(URI.create("/v1/kaigo/fuka/" + f.atenabango() + "?nendo=" + f.nendo())).entity(f).build();
    }

    @GET
    @Path("/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public Map<String, List<KaigoFukaKettei.Fuka>> rireki(@PathParam("atenabango") String atenabango,
            @QueryParam("nendo") int nendo) {
        return Map.of("items", kettei.rireki(caller.current(), atenabango, nendo));
    }
}
