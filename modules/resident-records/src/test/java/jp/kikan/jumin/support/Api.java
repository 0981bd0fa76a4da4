package jp.kikan.jumin.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * Every request in the tests goes through the contract: responses are always validated against
 * contracts/resident-records/v1.yaml; requests too, except in tests that send bad input on purpose.
 */
public final class Api {

    private static final String CONTRACT = "META-INF/openapi-contracts/v1.yaml";

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private Api() {
    }

    /** A well-formed request: request and response are validated against the contract. */
    public static RequestSpecification as(String token) {
        return given().filter(STRICT).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A request that is wrong on purpose: only the response is validated against the contract. */
    public static RequestSpecification badInputAs(String token) {
        return given().filter(RESPONSES_ONLY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON);
    }

    public static RequestSpecification ido(String token) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
