package jp.kikan.platform.quarkus.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.ProblemCode;

/**
 * 414, 431 and 413 with a problem+json body like every other refusal. The HTTP server answers a request
 * line or headers over its own limits with a bare status and no body, before any application code runs,
 * so its limits are set well above ours ({@link #TRANSPORT_MARGIN}×) and this handler, first on the router,
 * refuses what is over ours. Only a request beyond the transport's limit (a 64 KiB request line) still gets
 * the server's bare status. A body announced larger than ours is refused here before it is read; a chunked
 * one is cut off by {@link ContractRequestFilter} while reading.
 */
@ApplicationScoped
public class HttpLimits implements HttpServerOptionsCustomizer {

    static final int TRANSPORT_MARGIN = 8;

    @Inject
    ContractConfig config;

    @Inject
    ObjectMapper mapper;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), TRANSPORT_MARGIN * config.maxUriBytes()));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), TRANSPORT_MARGIN * config.maxHeaderBytes()));
    }

    void install(@Observes Router router) {
        // before the server's own upload limit (which would answer 413 without a body)
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        if (req.uri().length() > config.maxUriBytes()) {
            refuse(rc, ProblemCode.URI_TOO_LONG.problem("URLが長すぎます (上限 " + config.maxUriBytes() + " バイト)"));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : req.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            refuse(rc, ProblemCode.HEADER_FIELDS_TOO_LARGE.problem(
                    "リクエストヘッダーが大きすぎます (上限 " + config.maxHeaderBytes() + " バイト)"));
            return;
        }
        String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(rc, ProblemCode.PAYLOAD_TOO_LARGE.problem(
                    "リクエスト本文が大きすぎます (上限 " + config.maxBodyBytes() + " バイト)"));
            return;
        }
        rc.next();
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false; // the server itself refuses a malformed Content-Length
        }
    }

    private void refuse(RoutingContext rc, Problem p) {
        String json;
        try {
            json = mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            json = "{\"title\":\"" + p.title() + "\",\"status\":" + p.status() + "}";
        }
        // the rest of an over-long request is not read: the connection cannot be reused
        rc.response().setStatusCode(p.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(json);
    }
}
