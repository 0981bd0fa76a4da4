package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.feed.FeedFileExport;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.feed.FeedCursor;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 庁内データ連携 ファイル連携 (x-kikan-function: renkei.feed): the feed's items as a UTF-8 CSV, 全件 or 差分. */
@Path("/v1/renkei/jumin/file")
@RolesAllowed(Roles.RENKEI_READER)
public class RenkeiFileResource {

    public static final String NEXT_CURSOR = "Kikan-Next-Cursor";

    @Inject
    FeedFileExport export;

    @Inject
    CallerResolver caller;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response file(@QueryParam("kubun") String kubun, @QueryParam("cursor") String cursor) {
        boolean zenken = "zenken".equals(kubun);
        if (!zenken && !"sabun".equals(kubun)) {
            throw invalid("kubun", StandardErrorCode.E0002, "kubun は zenken (全件) または sabun (差分) を指定してください");
        }
        if (!zenken && (cursor == null || cursor.isBlank())) {
            throw invalid("cursor", StandardErrorCode.E0001, "差分には前回のファイルの Kikan-Next-Cursor を cursor に指定してください");
        }
        Caller c = caller.current();
        FeedCursor end = export.plannedEnd(c, zenken, cursor);
        StreamingOutput body = out -> export.write(c, zenken, cursor, end,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        String name = "jumin_" + c.lgCode() + "_" + (zenken ? "zenken" : "sabun") + "_" + end.seq() + ".csv";
        return Response.ok(body).header(NEXT_CURSOR, end.encode())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static RuleViolationException invalid(String field, StandardErrorCode code, String message) {
        return new RuleViolationException(400, field, message, List.of(new FieldViolation(field, code, field, message)));
    }
}
