package jp.kikan.platform.quarkus.accesslog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * The access log for auditors (x-kikan-function access-log), the same in every service: entries of the caller's
 * municipality by target, actor or position, and the verification of the chains. A service serves it with
 * {@code @Path("/v1/access-log") @Produces(MediaType.APPLICATION_JSON)} on a subclass of this one and names its
 * auditors' role in {@code kikan.access-log.auditor-role} (the contracts share these two operations).
 */
public abstract class AccessLogEndpoint {

    @Inject
    AccessLog log;

    @Inject
    CallerResolver caller;

    @GET
    @RolesAllowed("${kikan.access-log.auditor-role}")
    public AccessLogViews.EntryList search(@QueryParam("target_id") String targetId, @QueryParam("actor") String actor,
            @QueryParam("after_seq") Long afterSeq, @QueryParam("limit") @DefaultValue("100") int limit) {
        var entries = log.search(caller.current(), new AccessLogQuery(targetId, actor, null, null, afterSeq, limit));
        return AccessLogViews.of(entries);
    }

    @GET
    @Path("/verification")
    @RolesAllowed("${kikan.access-log.auditor-role}")
    public AccessLogViews.Verification verify() {
        return AccessLogViews.of(log.verify(caller.current()));
    }
}
