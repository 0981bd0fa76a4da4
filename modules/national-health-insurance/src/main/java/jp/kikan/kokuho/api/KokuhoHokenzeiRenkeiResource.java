package jp.kikan.kokuho.api;

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
import jp.kikan.kokuho.application.KokuhoHokenzeiRenkeiFeed;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.platform.quarkus.feed.FeedEnvelope;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 庁内データ連携 国民健康保険税 (operation getKokuhoHokenzeiRenkei; scope 024:kokuho-hokenzei-renkei:Read only). */
@Path("/v1/renkei/kokuho-hokenzei")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RENKEI_READER)
public class KokuhoHokenzeiRenkeiResource {

    @Inject
    KokuhoHokenzeiRenkeiFeed feed;

    @Inject
    CallerResolver caller;

    /** The page in the standard's envelope, its links from this request's own URL. */
    @GET
    public FeedEnvelope<ObjectNode> read(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return feed.read(caller.current(), cursor, limit, uri.getAbsolutePath().toString());
    }
}
