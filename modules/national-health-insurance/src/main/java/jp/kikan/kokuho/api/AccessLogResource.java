package jp.kikan.kokuho.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.platform.quarkus.accesslog.AccessLogEndpoint;

/**
 * This service's access log for its auditors (x-kikan-function access-log), open to the role named by
 * {@code kikan.access-log.auditor-role} (hoken-auditor, jp.kikan.kokuho.application.Roles.AUDITOR).
 */
@Path("/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource extends AccessLogEndpoint {
}
