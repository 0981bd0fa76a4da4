package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.jumin.application.Roles;
import jp.kikan.platform.accesslog.AccessLogQuery;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.accesslog.AccessLogViews;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** The access log for auditors (x-kikan-function: access-log). */
@Path("/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AccessLogResource {

    @Inject
    AccessLog log;

    @Inject
    CallerResolver caller;

    @GET
    public AccessLogViews.EntryList search(@QueryParam("target_id") String targetId, @QueryParam("actor") String actor,
            @QueryParam("after_seq") Long afterSeq, @QueryParam("limit") @DefaultValue("100") int limit) {
        var entries = log.search(caller.current(),
                new AccessLogQuery(targetId, actor, null, null, afterSeq, limit));
        return AccessLogViews.of(entries);
    }

    @GET
    @Path("/verification")
    public AccessLogViews.Verification verify() {
        return AccessLogViews.of(log.verify(caller.current()));
    }
}
