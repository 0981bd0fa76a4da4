package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseCoverageLintTest {

    private static final String COMPLETE = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            security: [{bearer: []}]
            paths:
              /things/{id}:
                post:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - $ref: '#/components/parameters/Key'
                  requestBody:
                    content: {application/json: {schema: {type: object}}}
                  responses:
                    '201': {description: created}
                    '400': {$ref: '#/components/responses/Problem'}
                    '401': {$ref: '#/components/responses/Problem'}
                    '403': {$ref: '#/components/responses/Problem'}
                    '404': {$ref: '#/components/responses/Problem'}
                    '406': {$ref: '#/components/responses/Problem'}
                    '409': {$ref: '#/components/responses/Problem'}
                    '413': {$ref: '#/components/responses/Problem'}
                    '414': {$ref: '#/components/responses/Problem'}
                    '415': {$ref: '#/components/responses/Problem'}
                    '431': {$ref: '#/components/responses/Problem'}
                    '500': {$ref: '#/components/responses/Problem'}
            components:
              parameters:
                Key: {name: Idempotency-Key, in: header, required: true, schema: {type: string}}
              responses:
                Problem:
                  description: problem
                  content: {application/problem+json: {schema: {type: object}}}
            """;

    private static List<String> lint(String yaml) {
        return ResponseCoverageLint.violations("inline", yaml);
    }

    /** The repository's contracts list every status the platform can return, each with problem+json. */
    @Test
    void shouldFindNothingMissingInTheRepositorysContracts() {
        List<String> violations = ResponseCoverageLint.violations(Repo.findRoot());
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void shouldAcceptAnOperationListingEveryStatus() {
        assertThat(lint(COMPLETE)).isEmpty();
    }

    @Test
    void shouldReportEachStatusAnOperationLacks() {
        assertThat(lint(COMPLETE.replace("        '415': {$ref: '#/components/responses/Problem'}\n", "")))
                .singleElement().asString().contains("POST /things/{id}").contains("does not list 415");
        assertThat(lint(COMPLETE.replace("        '409': {$ref: '#/components/responses/Problem'}\n", "")
                .replace("        '404': {$ref: '#/components/responses/Problem'}\n", "")))
                .singleElement().asString().contains("does not list 404, 409");
    }

    @Test
    void shouldNotAskForAuthenticationStatusesOfAnOpenOperation() {
        String open = COMPLETE.replace("security: [{bearer: []}]", "security: []")
                .replace("        '401': {$ref: '#/components/responses/Problem'}\n", "")
                .replace("        '403': {$ref: '#/components/responses/Problem'}\n", "");
        assertThat(lint(open)).isEmpty();
    }

    @Test
    void shouldReportAnErrorWithoutAProblemJsonBody() {
        String bare = COMPLETE.replace("        '500': {$ref: '#/components/responses/Problem'}",
                "        '500': {description: error}");
        assertThat(lint(bare)).singleElement().asString().contains("500 has no application/problem+json body");
    }
}
