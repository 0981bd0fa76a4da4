package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import jp.kikan.jumin.api.dto.Dtos;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.shien.ShienSochiService;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 支援措置 (x-kikan-function: shien-sochi): registered and ended by a supervisor. */
@Path("/v1/jumin/{atenabango}/shien-sochi")
@Produces(MediaType.APPLICATION_JSON)
public class ShienSochiResource {

    @Inject
    ShienSochiService service;

    @Inject
    CallerResolver caller;

    @Inject
    JuminApiMapper mapper;

    public record EndRequest(String shuryobi) {
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.SHIEN})
    public Dtos.ShienSochiListDto list(@PathParam("atenabango") String atenabango) {
        return new Dtos.ShienSochiListDto(service.list(caller.current(), atenabango).stream()
                .map(mapper::shienSochi).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response register(@PathParam("atenabango") String atenabango, ShienSochiService.Request req) {
        var s = service.register(caller.current(), atenabango,
                req == null ? new ShienSochiService.Request(null, null, null, null) : req);
        return Response.status(201).entity(mapper.shienSochi(s)).build();
    }

    @POST
    @Path("/{sochiId}/shuryo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Dtos.ShienSochiDto end(@PathParam("atenabango") String atenabango, @PathParam("sochiId") UUID sochiId,
            EndRequest req) {
        return mapper.shienSochi(service.end(caller.current(), atenabango, sochiId, req == null ? null : req.shuryobi()));
    }
}
