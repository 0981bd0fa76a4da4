package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The contract gate on small repositories built in a temporary directory: every way it can fail, and that it
 * fails rather than skips when it cannot see what was published. A temporary directory is not a git work tree,
 * so fixtures without {@link Fixture#gitInit()} behave like a checkout without git history.
 */
class ContractGateTest {

    private static final String NO_GIT = "kikan-test-no-such-git-executable";

    /** The same small contract as {@link ContractCompatibilityTest}, with a semantic info.version. */
    static String contract(String version) {
        return """
                openapi: 3.0.3
                info: {title: t, version: '%s'}
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
                components:
                  schemas:
                    Resident:
                      type: object
                      required: [atenabango]
                      properties:
                        atenabango: {type: string, maxLength: 15}
                        shimei: {type: string, maxLength: 100}
                """.formatted(version);
    }

    static String withoutShimei(String contract) {
        String changed = contract.replace("        shimei: {type: string, maxLength: 100}\n", "");
        assertThat(changed).isNotEqualTo(contract);
        return changed;
    }

    static String withTsusho(String contract) {
        String changed = contract.replace("        shimei: {type: string, maxLength: 100}\n",
                "        shimei: {type: string, maxLength: 100}\n        tsusho: {type: string}\n");
        assertThat(changed).isNotEqualTo(contract);
        return changed;
    }

    // --- no published copy -------------------------------------------------------------------------------------

    @Test
    void shouldFailWhenThePublishedDirectoryIsMissing(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("contracts/svc/v1.yaml (info.version 1.0.0) is a published major version")
                .contains("no published copy of major 1 can be read")
                .contains("contracts/svc/published/ does not exist");
        assertThat(r.summary()).startsWith("Contract compatibility gate FAILED").contains("FAIL: contracts/svc/v1.yaml");
        assertThat(f.root).exists();
    }

    @Test
    void shouldFailWhenGitIsMissingAndNoPublishedCopyExists(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).gitInit().contract(1, contract("1.0.0")).commit("v1");

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("no published copy of major 1 can be read")
                .contains("git is not installed or not runnable");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("git history not compared"));
    }

    @Test
    void shouldFailWhenNoPublishedCopyExistsEvenThoughGitHistoryIsComplete(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).gitInit().contract(1, contract("1.0.0")).commit("v1");

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("no published copy of major 1 can be read");
        assertThat(r.comparisons()).extracting(ContractCompatibility.Comparison::baseline).containsExactly("git HEAD");
    }

    @Test
    void shouldFailWhenTheCloneIsShallowAndNoPublishedCopyExists(@TempDir Path tmp) throws Exception {
        Fixture origin = new Fixture(tmp.resolve("origin")).gitInit().contract(1, contract("1.0.0")).commit("first");
        origin.contract(1, withTsusho(contract("1.0.0"))).commit("second");
        Path clone = origin.shallowClone(tmp.resolve("clone"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(clone);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.startsWith("shallow clone"));
        assertThat(r.problems()).singleElement().asString().contains("no published copy of major 1 can be read")
                .contains("shallow clone: git history is incomplete");
    }

    @Test
    void shouldFailWhenAPublishedMajorVersionHasNoCopyButAnotherMajorHas(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"))
                .contract(2, contract("2.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .contains("contracts/svc/v2.yaml (info.version 2.0.0) is a published major version")
                .contains("it holds no copy of major 2");
    }

    // --- the published copies themselves -----------------------------------------------------------------------

    @Test
    void shouldFailWhenAPublishedCopyWasTampered(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"));
        Path copy = f.published().resolve("1.0.0.yaml");
        Files.writeString(copy, withTsusho(contract("1.0.0")), StandardCharsets.UTF_8);

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        String now = PublishedContracts.sha256(Files.readAllBytes(copy));
        String recorded = PublishedContracts.sha256(contract("1.0.0").getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("contracts/svc/published/1.0.0.yaml has been changed: "
                + "its SHA-256 is " + now + " but contracts/svc/published/SHA256SUMS records " + recorded));
        // the tampered copy is not used, so the contract has no readable copy either
        assertThat(r.problems()).anyMatch(p -> p.contains("none of its copies of major 1 passed verification"));
        assertThat(r.comparisons()).isEmpty();
    }

    @Test
    void shouldFailWhenTheManifestIsMissing(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"));
        Files.delete(f.published().resolve(PublishedContracts.MANIFEST));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.startsWith("contracts/svc/published/SHA256SUMS is missing"))
                .anyMatch(p -> p.contains("no published copy of major 1 can be read"));
    }

    @Test
    void shouldFailWhenAPublishedCopyIsNotRecordedInTheManifest(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, withTsusho(contract("1.1.0"))).publish(contract("1.0.0"));
        Files.writeString(f.published().resolve("1.1.0.yaml"), withTsusho(contract("1.1.0")));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .startsWith("contracts/svc/published/1.1.0.yaml is not recorded in contracts/svc/published/SHA256SUMS");
    }

    @Test
    void shouldFailWhenARecordedPublishedCopyWasRemoved(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, withTsusho(contract("1.1.0"))).publish(contract("1.0.0"))
                .publish(withTsusho(contract("1.1.0")));
        Files.delete(f.published().resolve("1.0.0.yaml"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("contracts/svc/published/1.0.0.yaml is recorded in contracts/svc/published/SHA256SUMS but "
                        + "missing: a published copy must never be removed");
    }

    @Test
    void shouldFailWhenAPublishedCopyIsRewrittenTogetherWithItsHash(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).gitInit().contract(1, contract("1.0.0")).publish(contract("1.0.0"))
                .commit("publish 1.0.0");
        String oldHash = PublishedContracts.sha256(contract("1.0.0").getBytes(StandardCharsets.UTF_8));
        // rewrite the copy and "fix" the manifest: the files agree with each other, git history does not
        Files.writeString(f.published().resolve("1.0.0.yaml"), withoutShimei(contract("1.0.0")));
        Files.writeString(f.published().resolve(PublishedContracts.MANIFEST),
                PublishedContracts.sha256(withoutShimei(contract("1.0.0")).getBytes(StandardCharsets.UTF_8))
                        + "  1.0.0.yaml\n");

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .startsWith("contracts/svc/published/1.0.0.yaml was published with SHA-256 " + oldHash)
                .endsWith("a published copy must never change or be removed");
    }

    @Test
    void shouldFailWhenAPublishedMajorVersionLosesItsContract(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"));
        Files.delete(f.service.resolve("v1.yaml"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("holds published copies of major 1")
                .contains("a published major version must not be removed");
    }

    @Test
    void shouldFailWhenACopyDeclaresAnotherVersionThanItsName(@TempDir Path tmp) throws Exception {
        Fixture f = new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"));
        f.publishAs("1.0.1.yaml", contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("contracts/svc/published/1.0.1.yaml declares info.version 1.0.0 but is named 1.0.1");
    }

    // --- the contract against the published copies --------------------------------------------------------------

    @Test
    void shouldFailWhenTheContractBreaksAPublishedCopy(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, withoutShimei(contract("1.0.0"))).publish(contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).isEmpty();
        assertThat(r.breaking()).singleElement().satisfies(c -> {
            assertThat(c.baseline()).isEqualTo("published 1.0.0 (contracts/svc/published/1.0.0.yaml)");
            assertThat(c.markdown()).contains("shimei");
        });
        assertThat(r.summary()).contains("## BREAKING: contracts/svc/v1.yaml vs published 1.0.0");
    }

    @Test
    void shouldFailWhenTheContractBreaksAnOlderPublishedCopyOfItsMajor(@TempDir Path tmp) throws Exception {
        // 1.1.0 dropped shimei (it slipped through once); 1.0.0 clients still rely on it
        new Fixture(tmp).contract(1, withoutShimei(contract("1.1.0"))).publish(contract("1.0.0"))
                .publish(withoutShimei(contract("1.1.0")));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.breaking()).extracting(ContractCompatibility.Comparison::baseline)
                .containsExactly("published 1.0.0 (contracts/svc/published/1.0.0.yaml)");
    }

    @Test
    void shouldPassWithoutGitWhenThePublishedCopiesSuffice(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, withTsusho(contract("1.0.0"))).publish(contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isTrue();
        assertThat(r.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.againstPublishedCopy()).isTrue();
            assertThat(c.different()).isTrue();
        });
        assertThat(r.notes()).singleElement().asString().startsWith("git history not compared: git is not installed");
    }

    @Test
    void shouldPassOnAShallowCloneWhenThePublishedCopiesSuffice(@TempDir Path tmp) throws Exception {
        Fixture origin = new Fixture(tmp.resolve("origin")).gitInit().contract(1, contract("1.0.0"))
                .publish(contract("1.0.0")).commit("publish 1.0.0");
        origin.contract(1, withTsusho(contract("1.0.0"))).commit("add tsusho");
        Path clone = origin.shallowClone(tmp.resolve("clone"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(clone);

        assertThat(r.passed()).as(r.summary()).isTrue();
        assertThat(r.notes()).singleElement().asString().startsWith("shallow clone");
        assertThat(r.comparisons()).anyMatch(ContractCompatibility.Comparison::againstPublishedCopy);
    }

    @Test
    void shouldFailWhenTheContractBreaksAnUnpublishedCommitWhileTheCloneIsComplete(@TempDir Path tmp) throws Exception {
        // tsusho was added without a bump and committed; clients of main may use it, so removing it is breaking
        Fixture f = new Fixture(tmp).gitInit().contract(1, contract("1.0.0")).publish(contract("1.0.0"))
                .commit("publish 1.0.0");
        f.contract(1, withTsusho(contract("1.0.0"))).commit("add tsusho");
        f.contract(1, contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.notes()).isEmpty();
        assertThat(r.breaking()).singleElement().satisfies(c -> assertThat(c.baseline()).startsWith("git "));
    }

    @Test
    void shouldPassWhenResponsesAndOptionalPropertiesAreAddedWithoutABump(@TempDir Path tmp) throws Exception {
        // what other work on resident-records adds to v1.yaml: problem+json error responses, optional properties
        Path real = Repo.findRoot().resolve("contracts/resident-records/published/1.0.0.yaml");
        String published = Files.readString(real, StandardCharsets.UTF_8);
        String grown = withErrorResponsesAndOptionalProperties(published);
        assertThat(PublishedContracts.infoVersion(grown)).isEqualTo("1.0.0");
        new Fixture(tmp).contract(1, grown).publish(published);

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isTrue();
        assertThat(r.comparisons()).singleElement().satisfies(c -> assertThat(c.different()).isTrue());
    }

    // --- info.version ---------------------------------------------------------------------------------------------

    @Test
    void shouldFailWhenInfoVersionDoesNotNameTheMajorOfTheFile(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, contract("2.0.0")).publish(contract("1.0.0"));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("contracts/svc/v1.yaml: info.version must be MAJOR.MINOR.PATCH with MAJOR 1 "
                        + "(optionally -pre.release for an unreleased major) but is 2.0.0");
    }

    @Test
    void shouldFailWhenInfoVersionIsOlderThanTheNewestPublishedCopy(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, withTsusho(contract("1.0.0"))).publish(contract("1.0.0"))
                .publish(withTsusho(contract("1.1.0")));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.problems()).singleElement().asString()
                .isEqualTo("contracts/svc/v1.yaml: info.version 1.0.0 is older than the newest published copy 1.1.0");
    }

    @Test
    void shouldNotRequireAPublishedCopyForAPreReleaseMajor(@TempDir Path tmp) throws Exception {
        new Fixture(tmp).contract(1, contract("1.0.0")).publish(contract("1.0.0"))
                .contract(2, withoutShimei(contract("2.0.0-draft.1")));

        ContractCompatibility.GateReport r = ContractCompatibility.check(tmp, NO_GIT);

        assertThat(r.passed()).as(r.summary()).isTrue();
        assertThat(r.comparisons()).singleElement().satisfies(c -> assertThat(c.file()).isEqualTo("contracts/svc/v1.yaml"));
    }

    @Test
    void semanticVersionsOrderAsSemVerSays() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0");
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(PublishedContracts.Version.parse(ordered.get(i - 1)))
                    .isLessThan(PublishedContracts.Version.parse(ordered.get(i)));
        }
        assertThat(PublishedContracts.Version.parse("1")).isNull();
        assertThat(PublishedContracts.Version.parse("1.0")).isNull();
        assertThat(PublishedContracts.Version.parse("01.0.0")).isNull();
        assertThat(PublishedContracts.Version.parse("1.0.0+build.1")).isNull();
    }

    /**
     * Adds to every operation the 400/413/414/415/500 problem+json responses it lacks (as new components), and an
     * optional property to the Problem schema and to the search result.
     */
    @SuppressWarnings("unchecked")
    static String withErrorResponsesAndOptionalProperties(String contract) {
        LoaderOptions lo = new LoaderOptions();
        lo.setCodePointLimit(50 * 1024 * 1024);
        Map<String, Object> doc = (Map<String, Object>) new Yaml(lo).load(contract);
        Map<String, Object> components = (Map<String, Object>) doc.get("components");
        Map<String, Object> responses = (Map<String, Object>) components.get("responses");
        Map<String, String> added = new LinkedHashMap<>();
        added.put("413", "PayloadTooLarge");
        added.put("414", "UriTooLong");
        added.put("415", "UnsupportedMediaType");
        added.put("500", "InternalError");
        for (String name : added.values()) {
            responses.put(name, Map.of("description", name, "content", Map.of("application/problem+json",
                    Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        }
        int operations = 0;
        for (Object item : ((Map<String, Object>) doc.get("paths")).values()) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) item).entrySet()) {
                if (!ContractModel.METHODS.contains(e.getKey())) {
                    continue;
                }
                Map<String, Object> rs = (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("responses");
                rs.putIfAbsent("400", Map.of("$ref", "#/components/responses/BadRequest"));
                added.forEach((code, name) -> rs.putIfAbsent(code, Map.of("$ref", "#/components/responses/" + name)));
                operations++;
            }
        }
        assertThat(operations).isGreaterThan(20);
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        for (String schema : List.of("Problem", "JuminSearchResult")) {
            Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
            props.put("kikan_trace_id", new LinkedHashMap<>(Map.of("type", "string", "maxLength", 64)));
        }
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setWidth(200);
        return new Yaml(dump).dump(doc);
    }

    /** A repository root with one service {@code contracts/svc}. */
    static final class Fixture {
        final Path root;
        final Path service;

        Fixture(Path root) throws IOException {
            this.root = root;
            this.service = root.resolve("contracts/svc");
            Files.createDirectories(service);
        }

        Path published() {
            return service.resolve(PublishedContracts.DIR);
        }

        Fixture contract(int major, String text) throws IOException {
            Files.writeString(service.resolve("v" + major + ".yaml"), text, StandardCharsets.UTF_8);
            return this;
        }

        /** Publishes {@code text} as published/<its info.version>.yaml and records its hash. */
        Fixture publish(String text) throws IOException {
            return publishAs(PublishedContracts.infoVersion(text) + ".yaml", text);
        }

        Fixture publishAs(String name, String text) throws IOException {
            Files.createDirectories(published());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(published().resolve(name), bytes);
            Files.writeString(published().resolve(PublishedContracts.MANIFEST),
                    PublishedContracts.sha256(bytes) + "  " + name + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return this;
        }

        Fixture gitInit() throws Exception {
            git(root, "init", "-q");
            return this;
        }

        Fixture commit(String message) throws Exception {
            git(root, "add", "-A");
            git(root, "commit", "-q", "-m", message);
            return this;
        }

        /** {@code git clone --depth 1}, as CI checkouts do. */
        Path shallowClone(Path target) throws Exception {
            git(root, "clone", "-q", "--depth", "1", root.toUri().toString(), target.toString());
            assertThat(git(target, "rev-parse", "--is-shallow-repository").trim()).isEqualTo("true");
            return target;
        }

        static String git(Path dir, String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Kikan Test",
                    "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
            return out;
        }
    }
}
