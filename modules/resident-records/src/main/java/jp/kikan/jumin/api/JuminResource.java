package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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

/** 住民の検索・照会・履歴 (x-kikan-function: search.jumin, inquiry.jumin, inquiry.rireki). */
@Path("/v1/jumin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.SHIEN})
public class JuminResource {

    @Inject
    JuminQueryService queries;

    @Inject
    CallerResolver caller;

    @Inject
    JuminApiMapper mapper;

    /** limit and offset arrive within the contract's range (1–100, 0–10000): out of range is refused, not clamped. */
    @GET
    public Dtos.JuminSearchResultDto search(@QueryParam("kana") String kana, @QueryParam("shimei") String shimei,
            @QueryParam("seinengappi") String seinengappi, @QueryParam("jusho") String jusho,
            @QueryParam("atenabango") String atenabango, @QueryParam("include_removed") boolean includeRemoved,
            @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("offset") @DefaultValue("0") int offset) {
        var result = queries.search(caller.current(), new JuminQueryService.SearchRequest(kana, shimei, seinengappi,
                jusho, atenabango, includeRemoved, limit, offset));
        return new Dtos.JuminSearchResultDto(result.total(), result.suppressed(),
                result.items().stream().map(mapper::summary).toList());
    }

    @GET
    @Path("/{atenabango}")
    public Dtos.JuminDto get(@PathParam("atenabango") String atenabango, @QueryParam("kijunbi") String kijunbi,
            @QueryParam("include_kojinbango") boolean includeKojinbango) {
        JuminVersion v = queries.get(caller.current(), atenabango, kijunbi, includeKojinbango);
        return mapper.jumin(v, includeKojinbango);
    }

    @GET
    @Path("/{atenabango}/rireki")
    public Dtos.JuminRirekiDto rireki(@PathParam("atenabango") String atenabango) {
        return new Dtos.JuminRirekiDto(atenabango,
                queries.history(caller.current(), atenabango).stream().map(v -> mapper.jumin(v, false)).toList());
    }
}
