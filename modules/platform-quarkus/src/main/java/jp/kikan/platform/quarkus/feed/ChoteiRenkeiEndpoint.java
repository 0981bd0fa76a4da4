package jp.kikan.platform.quarkus.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * The 調定 feed of a levying service ({@link ChoteiRenkeiFeed}) as an operation: a service serves it with
 * {@code @Path("/v1/renkei/…")} on a subclass naming its feed ({@link ChoteiRenkeiFeed.Chotei}), and names the
 * role of the feed's readers (the collection service's client) in {@code kikan.renkei.reader-role}. The page comes in
 * the standard's envelope, its links from this request's own URL.
 */
public abstract class ChoteiRenkeiEndpoint {

    private final ChoteiRenkeiFeed.Chotei chotei;

    @Inject
    ChoteiRenkeiFeed feed;

    @Inject
    CallerResolver caller;

    /** @param chotei this service's feed */
    protected ChoteiRenkeiEndpoint(ChoteiRenkeiFeed.Chotei chotei) {
        this.chotei = chotei;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    // a default, so that a service that serves no 調定 feed (resident records, local tax) need not set it to start
    @RolesAllowed("${kikan.renkei.reader-role:chotei-renkei-reader}")
    public FeedEnvelope<ObjectNode> read(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return feed.read(chotei, caller.current(), cursor, limit, uri.getAbsolutePath().toString());
    }
}
