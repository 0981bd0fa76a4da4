package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ContractLintTest {

    /** Every contract under contracts/ obeys the rules of {@link ContractLint}; skipped while there is none. */
    @Test
    void contractsFollowTheStandard() {
        Path root = Repo.findRoot();
        Assumptions.assumeFalse(Repo.contractFiles(root).isEmpty(), "no contracts/<service>/v<N>.yaml yet");
        List<String> violations = ContractLint.violations(root);
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    /** The standard-specs files the lint relies on are present and consistent. */
    @Test
    void standardSpecsAreWellFormed() {
        Path root = Repo.findRoot();
        var specs = StandardSpec.loadAll(root);
        assertThat(specs).containsKey("resident-records");
        for (StandardSpec s : specs.values()) {
            assertThat(s.functions()).allSatisfy(f -> {
                assertThat(f.kikanFeature()).as(f.key()).matches("[a-z0-9.-]+");
                assertThat(f.functionClass()).as(f.key())
                        .isIn(StandardSpec.MANDATORY, StandardSpec.OPTIONAL, StandardSpec.PROHIBITED, "unknown");
                assertThat(f.functionId()).as(f.key()).matches("unknown|\\d{7}");
                assertThat(f.specDocument()).isNotBlank();
                assertThat(f.specVersion()).isNotBlank();
                assertThat(f.source()).isNotBlank();
            });
            assertThat(s.dataItems()).allSatisfy(i -> {
                assertThat(i.romaji()).as(i.nameJa()).matches("[a-z0-9_]+");
                assertThat(i.itemId()).as(i.nameJa()).matches("unknown|\\d{8}");
                assertThat(i.source()).as(i.nameJa()).isNotBlank();
            });
            assertThat(s.dataItems().stream().map(StandardSpec.DataItem::romaji).distinct().count())
                    .isEqualTo(s.dataItems().size());
        }
    }

    private static final String GOOD = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /residents:
                post:
                  operationId: tennyu
                  x-kikan-function: ido.tennyu
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            atenabango:
                              type: string
                              x-standard-item: {name: 宛名番号, id: unknown}
                  responses:
                    '201': {description: created}
            """;

    private static List<String> lint(String yaml) {
        Path root = Repo.findRoot();
        StandardSpec spec = StandardSpec.load(root.resolve("standard-specs/resident-records"));
        ContractModel c = ContractModel.parse(Path.of("contracts/resident-records/v1.yaml"), yaml);
        return ContractLint.violations("inline", c, spec, spec.features(), spec.prohibitedFeatures());
    }

    @Test
    void aConformingContractHasNoFindings() {
        assertThat(lint(GOOD)).isEmpty();
    }

    @Test
    void findingsForEachRule() {
        assertThat(lint(GOOD.replace("openapi: 3.0.3", "openapi: 3.1.0"))).anyMatch(v -> v.contains("openapi must be"));
        assertThat(lint(GOOD.replace("      operationId: tennyu\n", ""))).anyMatch(v -> v.contains("missing operationId"));
        assertThat(lint(GOOD.replace("      x-kikan-function: ido.tennyu\n", "")))
                .anyMatch(v -> v.contains("missing x-kikan-function"));
        assertThat(lint(GOOD.replace("ido.tennyu", "ido.no-such-thing"))).anyMatch(v -> v.contains("not a kikan_feature"));
        assertThat(lint(GOOD.replace("ido.tennyu", "prohibited.tenkyo-torikeshi"))).anyMatch(v -> v.contains("実装不可"));
        assertThat(lint(GOOD.replace("name: 宛名番号", "name: 宛名番号X"))).anyMatch(v -> v.contains("not in standard-specs"));
        assertThat(lint(GOOD.replace("                atenabango:", "                atenaBango:")))
                .anyMatch(v -> v.contains("must be named with its romaji 'atenabango'"));
        assertThat(lint(GOOD.replace("id: unknown", "id: '00100001'"))).anyMatch(v -> v.contains("differs from data-items.csv item_id"));
    }

    @Test
    void explicitRomajiAllowsANestedFieldName() {
        String nested = GOOD.replace("x-standard-item: {name: 宛名番号, id: unknown}",
                "x-standard-item: {name: 宛名番号, id: unknown, romaji: atenabango}")
                .replace("                atenabango:", "                bango:");
        assertThat(lint(nested)).isEmpty();
    }

    @Test
    void listOfFunctionsIsAccepted() {
        assertThat(lint(GOOD.replace("x-kikan-function: ido.tennyu", "x-kikan-function: [ido.tennyu, ido.tennyu.saitennyu]")))
                .isEmpty();
        assertThat(Set.copyOf(ContractModel.parse(null, GOOD).operations().get(0).functions())).containsExactly("ido.tennyu");
    }
}
