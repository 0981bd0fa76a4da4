package jp.kikan.platform.quarkus.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.Problem;
import jp.kikan.platform.problem.ProblemCode;
import jp.kikan.platform.problem.StandardErrorCode;

/** Builds problem+json responses from the {@link ProblemCode} catalogue. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemCode code, String detail) {
        return respond(code.problem(detail));
    }

    /** 400 naming one field (or none) with its standard error code. */
    public static Response invalid(String field, StandardErrorCode code, String rule, String message) {
        return respond(Problem.validation(List.of(new FieldViolation(field, code, rule, message)), message));
    }

    public static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
