package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.jumin.api.dto.Dtos;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.query.JuminQueryService;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 世帯の照会 as of a date (x-kikan-function: inquiry.setai). */
@Path("/v1/setai")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.SHIEN})
public class SetaiResource {

    @Inject
    JuminQueryService queries;

    @Inject
    CallerResolver caller;

    @Inject
    JuminApiMapper mapper;

    @GET
    @Path("/{setaibango}")
    public Dtos.SetaiDto get(@PathParam("setaibango") String setaibango, @QueryParam("kijunbi") String kijunbi) {
        var view = queries.setai(caller.current(), setaibango, kijunbi);
        JuminVersion head = view.members().stream().filter(v -> v.kisai().setainushi()).findFirst().orElse(null);
        return new Dtos.SetaiDto(view.setaibango(), view.kijunbi(), head == null ? null : head.atenabango(),
                head == null ? null : mapper.jusho(head.kisai().jusho()),
                view.members().stream().map(mapper::summary).toList());
    }
}
