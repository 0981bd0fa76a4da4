package jp.kikan.platform.quarkus.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kikan.platform.accesslog.AccessLogException;
import jp.kikan.platform.command.CommandLogException;
import jp.kikan.platform.outbox.OutboxException;
import jp.kikan.platform.problem.ConcurrentEditException;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.ProblemCode;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.problem.SuppressedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of every service leaves as RFC 9457 problem+json with a Japanese title from the
 * {@link ProblemCode} catalogue; nothing leaves as a bare 500 and no framework message reaches a caller
 * (it is logged instead: it may name classes, SQL or another person's data).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String NOTHING_CHANGED = "処理できませんでした。記録は変更されていません。";

    @ServerExceptionMapper
    public Response rule(RuleViolationException e) {
        Problem p = e.toProblem(null);
        return ProblemResponses.respond(new Problem(p.type(), ProblemCode.titleForStatus(e.status()), p.status(),
                p.detail(), p.instance(), p.code(), p.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Problem p = ProblemCode.NOT_FOUND.problem(e.getMessage());
        if (e.field() == null) {
            return ProblemResponses.respond(p);
        }
        // the field that named what was not found, so a screen can point at it (never whether another city has it)
        return ProblemResponses.respond(new Problem(p.type(), p.title(), p.status(), p.detail(), null, p.code(),
                java.util.List.of(new jp.kikan.platform.problem.FieldViolation(e.field(), StandardErrorCode.E0004,
                        "not-found", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response suppressed(SuppressedException e) {
        return ProblemResponses.of(ProblemCode.SHIEN_SOCHI, e.getMessage());
    }

    @ServerExceptionMapper
    public Response concurrent(ConcurrentEditException e) {
        return ProblemResponses.of(ProblemCode.CONCURRENT_EDIT, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(ProblemCode.FORBIDDEN, "この操作を行う権限 (ロール) がありません");
    }

    /** The platform's access log, outbox and command log report database failures with their own exceptions. */
    @ServerExceptionMapper
    public Response accessLog(AccessLogException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response outbox(OutboxException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response commandLog(CommandLogException e) {
        return database(e);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        return database(e);
    }

    /** JSON of the wrong shape (a number where a list is expected …): a 400 naming the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        return ProblemResponses.respond(Problem.validation(List.of(new FieldViolation(field, StandardErrorCode.E0002,
                "json-type", "項目 " + (field == null ? "" : field) + " の型が正しくありません (文字列・数値・配列を確認してください)")),
                "リクエストの形式が正しくありません"));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return ProblemResponses.invalid(JsonPaths.of(e), StandardErrorCode.E0002, "json",
                "リクエストの形式が正しくありません (JSON を確認してください)");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if ((status == 404 && e.getCause() != null) || status == 400) {
            // a query or path parameter that could not be converted (limit=abc, a malformed UUID), or a body
            // the framework could not read
            return ProblemResponses.invalid(null, StandardErrorCode.E0002, "parameter",
                    "リクエストの形式が正しくありません (数値・日付・JSON を確認してください)");
        }
        return switch (status) {
            case 401 -> unauthenticated();
            case 403 -> ProblemResponses.of(ProblemCode.FORBIDDEN, "この操作を行う権限 (ロール) がありません");
            case 404 -> ProblemResponses.of(ProblemCode.NOT_FOUND, "そのURLはありません");
            case 405 -> ProblemResponses.of(ProblemCode.METHOD_NOT_ALLOWED, "このURLではその操作はできません");
            case 406 -> ProblemResponses.of(ProblemCode.NOT_ACCEPTABLE, "応答の形式 (Accept) に対応していません");
            case 413 -> ProblemResponses.of(ProblemCode.PAYLOAD_TOO_LARGE, "リクエスト本文が大きすぎます");
            case 414 -> ProblemResponses.of(ProblemCode.URI_TOO_LONG, "URLが長すぎます");
            case 415 -> ProblemResponses.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "本文は application/json で送ってください");
            default -> {
                LOG.warnf("web exception %d: %s", status, e.getMessage());
                yield status >= 500 ? ProblemResponses.of(ProblemCode.INTERNAL, NOTHING_CHANGED)
                        : ProblemResponses.of(ProblemCode.BUSINESS_RULE, "要求を処理できません");
            }
        };
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return ProblemResponses.of(ProblemCode.INTERNAL, NOTHING_CHANGED);
    }

    private static Response unauthenticated() {
        return ProblemResponses.of(ProblemCode.UNAUTHENTICATED, "有効なアクセストークンを Authorization: Bearer で送ってください");
    }

    private static Response database(RuntimeException e) {
        String state = SqlStates.of(e);
        if ("23505".equals(state)) {
            // a concurrent request with the same idempotency key, or the same record created twice
            return ProblemResponses.of(ProblemCode.CONCURRENT_REQUEST, "同じ処理が同時に送信されました。結果を確認してください。");
        }
        if ("55P03".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
            return ProblemResponses.of(ProblemCode.CONCURRENT_EDIT, "他の処理と競合しました。再読込みしてやり直してください。");
        }
        LOG.error("database error", e);
        return ProblemResponses.of(ProblemCode.INTERNAL, NOTHING_CHANGED);
    }
}
