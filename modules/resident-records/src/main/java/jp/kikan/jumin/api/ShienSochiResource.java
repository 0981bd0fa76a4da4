package jp.kikan.jumin.api;

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
import java.util.UUID;
import jp.kikan.jumin.api.dto.Dtos;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.shien.ShienSochi;
import jp.kikan.jumin.application.shien.ShienSochiService;
import jp.kikan.platform.quarkus.command.CommandOutcome;
import jp.kikan.platform.quarkus.command.IdempotencyKeys;
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

    /** A command: the Idempotency-Key the contract requires makes a retry return the first measure. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response register(@PathParam("atenabango") String atenabango,
            @HeaderParam(IdempotencyKeys.HEADER) String key, ShienSochiService.Request req) {
        CommandOutcome<ShienSochi> outcome = service.register(caller.current(), key, atenabango,
                req == null ? new ShienSochiService.Request(null, null, null, null) : req);
        return Response.status(201).entity(mapper.shienSochi(outcome.result()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).build();
    }

    /** The contract's Idempotency-Key is optional here: with one, a retry returns the first result. */
    @POST
    @Path("/{sochiId}/shuryo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response end(@PathParam("atenabango") String atenabango, @PathParam("sochiId") UUID sochiId,
            @HeaderParam(IdempotencyKeys.HEADER) String key, EndRequest req) {
        CommandOutcome<ShienSochi> outcome = service.end(caller.current(), key, atenabango, sochiId,
                req == null ? null : req.shuryobi());
        return Response.ok(mapper.shienSochi(outcome.result()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).build();
    }
}
