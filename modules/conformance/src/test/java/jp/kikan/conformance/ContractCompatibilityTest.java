package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

class ContractCompatibilityTest {

    /**
     * The gate on the real repository: no published major version may change incompatibly. It never skips: it
     * fails when it cannot see the published copies, and every contract is compared with at least one of them.
     */
    @Test
    void publishedContractsChangeOnlyCompatibly() {
        Path root = Repo.findRoot();
        ContractCompatibility.GateReport report = ContractCompatibility.check(root);
        System.out.println(report.summary());
        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.files()).contains("contracts/resident-records/v1.yaml");
        assertThat(report.comparisons()).as(report.summary())
                .anyMatch(c -> c.file().equals("contracts/resident-records/v1.yaml") && c.againstPublishedCopy());
    }

    private static final String BASE = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /residents/{atenabango}:
                get:
                  operationId: getResident
                  parameters:
                    - {name: atenabango, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Resident'}
              /residents:
                post:
                  operationId: createResident
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Resident'}
                  responses:
                    '201': {description: created}
            components:
              schemas:
                Resident:
                  type: object
                  required: [atenabango]
                  properties:
                    atenabango: {type: string, maxLength: 15}
                    shimei: {type: string, maxLength: 100}
            """;

    @Test
    void removingAResponsePropertyIsBreaking() {
        String changed = BASE.replace("        shimei: {type: string, maxLength: 100}\n", "");
        assertThat(changed).isNotEqualTo(BASE);
        ChangedOpenApi diff = ContractCompatibility.diff(BASE, changed);
        assertThat(ContractCompatibility.isBreaking(diff)).isTrue();
        assertThat(ContractCompatibility.removedResponseProperties(diff)).anyMatch(r -> r.endsWith(": shimei"));
        assertThat(ContractCompatibility.breakingMarkdown(diff)).contains("shimei");
    }

    @Test
    void addingARequiredRequestParameterIsBreaking() {
        String changed = BASE.replace(
                "  operationId: createResident\n",
                "  operationId: createResident\n      parameters:\n"
                        + "        - {name: shikuchosonkodo, in: query, required: true, schema: {type: string}}\n");
        assertThat(changed).isNotEqualTo(BASE);
        assertThat(ContractCompatibility.isBreaking(BASE, changed)).isTrue();
    }

    @Test
    void removingAnOperationIsBreaking() {
        int i = BASE.indexOf("  /residents:\n");
        int j = BASE.indexOf("components:");
        String changed = BASE.substring(0, i) + BASE.substring(j);
        assertThat(ContractCompatibility.isBreaking(BASE, changed)).isTrue();
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() {
        String changed = BASE.replace("        shimei: {type: string, maxLength: 100}\n",
                "        shimei: {type: string, maxLength: 100}\n        tsusho: {type: string, maxLength: 100}\n");
        assertThat(changed).isNotEqualTo(BASE);
        ChangedOpenApi diff = ContractCompatibility.diff(BASE, changed);
        assertThat(diff.isDifferent()).isTrue();
        assertThat(ContractCompatibility.isBreaking(diff)).isFalse();
    }

    @Test
    void removingARequiredResponsePropertyIsBreakingForOpenapiDiffItself() {
        String changed = BASE.replace("required: [atenabango]", "required: [atenabango, shimei]");
        String removed = BASE.replace("        shimei: {type: string, maxLength: 100}\n", "");
        assertThat(ContractCompatibility.isBreaking(changed, removed)).isTrue();
    }

    @Test
    void identicalContractsAreUnchanged() {
        assertThat(ContractCompatibility.diff(BASE, BASE).isUnchanged()).isTrue();
    }
}
