package jp.kikan.kaigo.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.platform.quarkus.accesslog.AccessLogEndpoint;

/**
 * This service's access log for its auditors (x-kikan-function access-log), open to the role named by
 * {@code kikan.access-log.auditor-role} (kaigo-auditor, jp.kikan.kaigo.application.Roles.AUDITOR).
 */
@Path("/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource extends AccessLogEndpoint {
}
