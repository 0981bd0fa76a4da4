package jp.kikan.platform.quarkus.contract;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.ProblemCode;
import jp.kikan.platform.quarkus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request to a resource is checked against the service's contract before the resource method — and
 * so before any use case — sees it. The body is read once here (at most {@link ContractConfig#maxBodyBytes()}
 * bytes), checked, and handed on unchanged. The filter runs after authentication and the role check (a
 * caller without a token learns nothing about the input rules) and on the worker thread of the blocking
 * resource methods, so reading the body here blocks nobody else.
 */
@Singleton
public class ContractRequestFilter {

    /** Looked up on the first request: the filter itself is created before run-time configuration exists. */
    @Inject
    Instance<ContractEnforcement> enforcement;

    private volatile ContractEnforcement resolved;

    @ServerRequestFilter(priority = Priorities.USER)
    public Response checkAgainstContract(ContainerRequestContext ctx) throws IOException {
        ContractEnforcement e = resolved;
        if (e == null) {
            resolved = e = enforcement.get();
        }
        ContractRequestCheck check = e.check();
        if (check == null) {
            return null;
        }
        ContractConfig config = e.config();
        byte[] body = null;
        if (ctx.hasEntity()) {
            body = readAtMost(ctx.getEntityStream(), config.maxBodyBytes());
            if (body == null) {
                return ProblemResponses.of(ProblemCode.PAYLOAD_TOO_LARGE,
                        "リクエスト本文が大きすぎます (上限 " + config.maxBodyBytes() + " バイト)");
            }
            ctx.setEntityStream(new ByteArrayInputStream(body));
        }
        String path = ctx.getUriInfo().getPath();
        Problem refused = check.check(new ContractRequest(ctx.getMethod(), path.startsWith("/") ? path : "/" + path,
                copy(ctx.getUriInfo().getQueryParameters()), copy(ctx.getHeaders()),
                ctx.getHeaderString("Content-Type"), body));
        return refused == null ? null : ProblemResponses.respond(refused);
    }

    /** The whole stream, or null when it holds more than {@code max} bytes (nothing more is read then). */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buf = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        return new LinkedHashMap<>(m);
    }
}
