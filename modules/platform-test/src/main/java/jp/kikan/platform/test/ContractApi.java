package jp.kikan.platform.test;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * Every request in a service's tests goes through its contract: responses are always validated against
 * it; requests too, except in tests that send bad input on purpose.
 */
public final class ContractApi {

    /** Where each service serves its contract from (its build copies contracts/&lt;service&gt; there). */
    public static final String SERVED_CONTRACT = "META-INF/openapi-contracts/v1.yaml";

    private final OpenApiValidationFilter strict;
    private final OpenApiValidationFilter responsesOnly;

    public ContractApi(String contractOnClasspath) {
        this.strict = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForSpecificationUrl(contractOnClasspath).build());
        this.responsesOnly = new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(contractOnClasspath)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                .build());
    }

    /** A well-formed request: request and response are validated against the contract. */
    public RequestSpecification as(String token) {
        return given().filter(strict).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A request that is wrong on purpose: only the response is validated against the contract. */
    public RequestSpecification badInputAs(String token) {
        return given().filter(responsesOnly).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * A request sent exactly as built — path and query already percent-encoded, body as bytes — so that
     * encodings no client library would produce can be sent; only the response is validated.
     */
    public RequestSpecification raw(String token) {
        RequestSpecification spec = given().filter(responsesOnly).urlEncodingEnabled(false);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public RequestSpecification anonymous() {
        return given().filter(responsesOnly).contentType(ContentType.JSON);
    }

    /** A command: a well-formed request with a fresh idempotency key. */
    public RequestSpecification command(String token) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
