package jp.kikan.platform.test.fuzz;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.kikan.platform.test.ContractApi;

/**
 * Sends every fuzz case to the service under test and checks what each service's ContractFuzzTest requires: a
 * refusal (never 2xx, never 5xx) that the contract lists (responses are validated), in problem+json, and no change
 * in the database, the access log included (the caller's snapshot before and after each request).
 */
public final class FuzzRun {

    /** Bytes go out exactly as built: no charset added to the content type. */
    private static final RestAssuredConfig AS_BUILT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** What the run found: failures (empty when all is well), responses by status, and which mutations got what. */
    public record Result(List<String> failures, Map<Integer, Integer> byStatus, Map<Integer, Set<String>> otherThan400) {
    }

    private FuzzRun() {
    }

    /**
     * @param tokenFor a token entitled to each operation (so that the role check is not what refuses a request)
     * @param snapshot the rows of every table a request could change
     */
    public static Result run(ContractApi contract, List<FuzzCase> cases, Function<String, String> tokenFor,
            Supplier<Map<String, Long>> snapshot) {
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<Integer, Set<String>> otherThan400 = new TreeMap<>();
        for (FuzzCase c : cases) {
            Map<String, Long> before = snapshot.get();
            Response r;
            try {
                r = send(contract, c, tokenFor.apply(c.operationId()));
            } catch (RuntimeException e) {
                failures.add(c + " → response not valid against the contract: " + e.getMessage());
                continue;
            }
            int status = r.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            if (status != 400) {
                otherThan400.computeIfAbsent(status, k -> new TreeSet<>()).add(c.mutation());
            }
            if (status < 400 || status >= 500) {
                failures.add(c + " → " + status + " " + r.asString());
            } else if (!r.contentType().startsWith("application/problem+json")) {
                failures.add(c + " → " + status + " without problem+json (" + r.contentType() + ")");
            }
            Map<String, Long> after = snapshot.get();
            if (!after.equals(before)) {
                failures.add(c + " → refused but changed the database: " + before + " → " + after);
            }
        }
        return new Result(failures, byStatus, otherThan400);
    }

    private static Response send(ContractApi contract, FuzzCase c, String token) {
        RequestSpecification spec = contract.raw(token).config(AS_BUILT);
        c.headers().forEach(spec::header);
        if (c.contentType() != null) {
            spec.contentType(c.contentType());
        }
        if (c.body() != null) {
            spec.body(c.body());
        }
        return spec.request(c.method(), c.target());
    }
}
