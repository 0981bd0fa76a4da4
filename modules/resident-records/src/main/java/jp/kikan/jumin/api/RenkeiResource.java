package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import jp.kikan.jumin.api.dto.Dtos;
import jp.kikan.jumin.application.Caller;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.feed.FeedService;
import jp.kikan.jumin.infrastructure.security.CallerFactory;

/** 庁内データ連携 住民情報 (x-kikan-function: renkei.feed), in the standard's envelope. */
@Path("/v1/renkei/jumin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RENKEI_READER)
public class RenkeiResource {

    @Inject
    FeedService feed;

    @Inject
    CallerFactory caller;

    @GET
    public Dtos.RenkeiResponse read(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        Caller c = caller.current();
        FeedService.Page page = feed.read(c, cursor, Math.max(1, Math.min(limit, 1000)));
        String base = uri.getAbsolutePath().toString() + "?limit=" + limit;
        Dtos.Href self = new Dtos.Href(cursor == null ? base : base + "&cursor=" + cursor);
        Dtos.Href next = new Dtos.Href(base + "&cursor=" + page.nextCursor());
        return new Dtos.RenkeiResponse(
                new Dtos.RenkeiMetadata(page.mode(), page.result().size(), page.hasMore(), page.nextCursor(),
                        c.lgCode(), Instant.now()),
                new Dtos.Links(self, next), page.result());
    }
}
