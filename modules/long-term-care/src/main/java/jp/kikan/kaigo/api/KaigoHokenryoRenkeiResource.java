package jp.kikan.kaigo.api;

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
import jp.kikan.kaigo.application.KaigoHokenryoRenkeiFeed;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.feed.FeedEnvelope;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 庁内データ連携 介護保険料 (operation getKaigoHokenryoRenkei; scope 023:kaigo-hokenryo-renkei:Read only). */
@Path("/v1/renkei/kaigo-hokenryo")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RENKEI_READER)
public class KaigoHokenryoRenkeiResource {

    @Inject
    KaigoHokenryoRenkeiFeed feed;

    @Inject
    CallerResolver caller;

    /** The page in the standard's envelope, its links from this request's own URL. */
    @GET
    public FeedEnvelope<ObjectNode> read(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        return feed.read(caller.current(), cursor, limit, uri.getAbsolutePath().toString());
    }
}
