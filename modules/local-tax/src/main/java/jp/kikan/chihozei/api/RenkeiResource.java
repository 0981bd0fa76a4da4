package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jp.kikan.chihozei.application.RenkeiFeed;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.feed.FeedEnvelope;
import jp.kikan.platform.quarkus.feed.FeedPaging;
import jp.kikan.platform.quarkus.security.CallerResolver;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 庁内データ連携 of this service: 個人住民税 (operation getKojinJuminzeiRenkei; scope 010:kojin-juminzei-renkei:Read only)
 * and the 調定 of 固定資産税・都市計画税 and 軽自動車税（種別割） (getKoteishisanzeiRenkei, getKeijidoshazeiRenkei; scopes
 * 010:koteishisanzei-renkei:Read and 010:keijidoshazei-renkei:Read, for the collection service).
 */
@Path("/v1/renkei")
@Produces(MediaType.APPLICATION_JSON)
public class RenkeiResource {

    @Inject
    RenkeiFeed feed;

    @Inject
    CallerResolver caller;

    @Inject
    BusinessCalendar calendar;

    @GET
    @Path("kojin-juminzei")
    @RolesAllowed(Roles.RENKEI_READER)
    public FeedEnvelope<ObjectNode> kojinJuminzei(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return read(RenkeiFeed.Shubetsu.KOJIN_JUMINZEI, "個人住民税 賦課・所得情報",
                "個人住民税の賦課の版ごとの所得情報と調定 (全件の後に差分)", cursor, limit, uri);
    }

    @GET
    @Path("koteishisanzei")
    @RolesAllowed(Roles.CHOTEI_READER)
    public FeedEnvelope<ObjectNode> koteishisanzei(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return read(RenkeiFeed.Shubetsu.KOTEISHISANZEI, "固定資産税・都市計画税 調定",
                "固定資産税・都市計画税の賦課の版ごとの期別税額と更正の差額 (全件の後に差分)", cursor, limit, uri);
    }

    @GET
    @Path("keijidoshazei")
    @RolesAllowed(Roles.CHOTEI_READER)
    public FeedEnvelope<ObjectNode> keijidoshazei(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return read(RenkeiFeed.Shubetsu.KEIJIDOSHAZEI, "軽自動車税（種別割） 調定",
                "軽自動車税（種別割）の賦課の版ごとの税額と更正の差額 (全件の後に差分)", cursor, limit, uri);
    }

    private FeedEnvelope<ObjectNode> read(RenkeiFeed.Shubetsu shubetsu, String title, String detail, String cursor, int limit,
            UriInfo uri) {
        Caller c = caller.current();
        return FeedPaging.envelope(title, detail, feed.read(c, shubetsu, cursor, FeedPaging.limit(limit)), cursor, uri, limit,
                c.lgCode(), calendar.now());
    }
}
