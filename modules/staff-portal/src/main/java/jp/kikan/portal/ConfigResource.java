package jp.kikan.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /config.json}, read by the screens at start:
 * {@code {"oidc":"…/realms/kikan","clientId":"kikan-staff","services":{"jumin":{"baseUrl":"…"}}}}.
 * Written from the run-time configuration, so a municipality sets its URLs without a rebuild.
 */
@Path("/config.json")
public class ConfigResource {

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return Response.ok(body()).header("Cache-Control", "no-store").build();
    }

    Map<String, Object> body() {
        Map<String, Object> services = new TreeMap<>();
        config.services().forEach((name, service) -> service.baseUrl()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .ifPresent(url -> services.put(name, Map.of("baseUrl", stripSlash(url)))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("oidc", stripSlash(config.oidc().issuer().strip()));
        body.put("clientId", config.oidc().clientId());
        body.put("services", services);
        return body;
    }

    static String stripSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
