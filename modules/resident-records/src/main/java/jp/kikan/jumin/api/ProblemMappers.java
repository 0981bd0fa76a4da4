package jp.kikan.jumin.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import jp.kikan.jumin.application.ConcurrentEditException;
import jp.kikan.jumin.application.NotFoundException;
import jp.kikan.jumin.application.SuppressedException;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as RFC 9457 problem+json with a Japanese message; nothing leaves as a bare 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * 400: the input itself is wrong (E0001–E0004 per field); otherwise a business rule refused it.
     * The title says which in Japanese; {@code code} carries the machine-readable rule.
     */
    @ServerExceptionMapper
    public Response rule(RuleViolationException e) {
        Problem p = e.toProblem(null);
        String title = switch (e.status()) {
            case 400 -> "入力内容に誤りがあります";
            case 403 -> "この操作はできません";
            case 409 -> "他の処理と競合しました";
            default -> "業務ルールにより処理できません";
        };
        return respond(new Problem(p.type(), title, p.status(), p.detail(), p.instance(), p.code(), p.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(new Problem(java.net.URI.create("https://kikan.example/problems/not-found"), "該当なし", 404,
                e.getMessage(), null, "not-found", List.of()));
    }

    @ServerExceptionMapper
    public Response suppressed(SuppressedException e) {
        return respond(titled(Problem.rule(403, "shien-sochi", e.getMessage()), "支援措置により抑止されています"));
    }

    @ServerExceptionMapper
    public Response concurrent(ConcurrentEditException e) {
        return respond(titled(Problem.rule(409, "concurrent-edit", e.getMessage()), "他の処理と競合しました"));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return respond(Problem.of(401, "認証が必要です", "有効なアクセストークンを Authorization: Bearer で送ってください"));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "認証が必要です", "有効なアクセストークンを Authorization: Bearer で送ってください"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "権限がありません", "この操作を行う権限 (ロール) がありません"));
    }

    /** The platform's access log and outbox report database failures with their own exceptions. */
    @ServerExceptionMapper
    public Response platform(jp.kikan.platform.accesslog.AccessLogException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response platform(jp.kikan.platform.outbox.OutboxException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        return database(e);
    }

    private Response database(RuntimeException e) {
        String state = sqlState(e);
        if ("23505".equals(state)) {
            // a concurrent request with the same idempotency key, or the same household created twice
            return respond(titled(Problem.rule(409, "concurrent-request", "同じ処理が同時に送信されました。結果を確認してください。"), "他の処理と競合しました"));
        }
        if ("55P03".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return respond(titled(Problem.rule(409, "concurrent-edit", "他の処理と競合しました。再読込みしてやり直してください。"), "他の処理と競合しました"));
        }
        LOG.error("database error", e);
        return respond(Problem.of(500, "システムエラー", "処理できませんでした。記録は変更されていません。"));
    }

    /** JSON of the wrong shape (a number where a list is expected …): a 400 naming the field. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        return respond(Problem.validation(List.of(new FieldViolation(field, StandardErrorCode.E0002, "json-type",
                "項目 " + (field == null ? "" : field) + " の型が正しくありません (文字列・数値・配列を確認してください)")),
                "リクエストの形式が正しくありません"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // a query or path parameter that could not be converted (limit=abc, a malformed UUID)
            return respond(Problem.validation(List.of(new FieldViolation(null, StandardErrorCode.E0002, "parameter",
                    "パラメータの形式が正しくありません (数値・UUID を確認してください)")), e.getMessage()));
        }
        if (status == 400) {
            return respond(Problem.validation(List.of(new FieldViolation(null, StandardErrorCode.E0002, "json",
                    "リクエストの形式が正しくありません (JSON・型を確認してください)")), e.getMessage()));
        }
        if (status == 404) {
            return respond(Problem.of(404, "該当なし", "そのURLはありません"));
        }
        if (status == 405 || status == 406 || status == 415) {
            return respond(Problem.of(status, "受け付けられない要求です", e.getMessage()));
        }
        return respond(Problem.of(status, "要求を処理できません", e.getMessage()));
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "システムエラー", "処理できませんでした。記録は変更されていません。"));
    }

    private static Problem titled(Problem p, String title) {
        return new Problem(p.type(), title, p.status(), p.detail(), p.instance(), p.code(), p.errors());
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
