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
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.feed.FeedService;
import jp.kikan.jumin.application.feed.RenkeiJumin;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.feed.FeedEnvelope;
import jp.kikan.platform.quarkus.feed.FeedPaging;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.time.BusinessCalendar;

/** 庁内データ連携 住民情報 (x-kikan-function: renkei.feed), in the standard's envelope. */
@Path("/v1/renkei/jumin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RENKEI_READER)
public class RenkeiResource {

    @Inject
    FeedService feed;

    @Inject
    CallerResolver caller;

    @Inject
    BusinessCalendar calendar;

    @GET
    public FeedEnvelope<RenkeiJumin> read(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        Caller c = caller.current();
        return FeedPaging.envelope("住民情報", "住民記録システムの住民情報 (全件の後に異動差分)",
                feed.read(c, cursor, FeedPaging.limit(limit)), cursor, uri, limit, c.lgCode(), calendar.now());
    }
}
