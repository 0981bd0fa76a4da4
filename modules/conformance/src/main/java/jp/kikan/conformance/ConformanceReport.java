package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code modules/conformance/target/conformance-report.md} (or the path given as first argument): per service,
 * every function row of {@code standard-specs/<service>/functions.csv} → the contract operations implementing it
 * ({@code x-kikan-function}) → the tests tagged {@code @Tag("fn:<kikan_feature>")} in
 * {@code modules/<service>/src/test/java} with their latest surefire result; then the standard data items the
 * contract uses ({@code x-standard-item}), the contract lint findings and the compatibility gate.
 */
public final class ConformanceReport {

    private ConformanceReport() {}

    public static void main(String[] args) throws IOException {
        Path root = Repo.findRoot();
        Path out = args.length > 0 ? Path.of(args[0]) : root.resolve("modules/conformance/target/conformance-report.md");
        String md = render(root);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println("conformance report written to " + out.toAbsolutePath());
    }

    public static String render(Path root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Kikan conformance report\n\n")
                .append("Generated ").append(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)).append(" from `")
                .append(root.toAbsolutePath().normalize()).append("`.\n\n")
                .append("Functions come from `standard-specs/<service>/functions.csv` (official 機能ID where known, else keyed by ")
                .append("document + version + section). Operations are matched by `x-kikan-function`; test evidence by ")
                .append("JUnit `@Tag(\"fn:<kikan_feature>\")` in `modules/<service>/src/test/java`, with the latest ")
                .append("`target/surefire-reports` result. A class-level tag counts as passed only when every test of ")
                .append("the class (and its nested classes) ran and passed; one skipped or missing test makes it ")
                .append("INCOMPLETE. A method-level tag counts by that method's own runs.\n\n");

        List<ContractModel> contracts = new ArrayList<>();
        for (Path f : Repo.contractFiles(root)) {
            try {
                contracts.add(ContractModel.load(f));
            } catch (ContractModel.InvalidContractException e) {
                sb.append("> **Contract not readable:** ").append(e.getMessage()).append("\n\n");
            }
        }
        for (Map.Entry<String, StandardSpec> e : StandardSpec.loadAll(root).entrySet()) {
            service(sb, root, e.getValue(), contracts.stream().filter(c -> c.service().equals(e.getKey())).toList());
        }

        sb.append("## Contract lint\n\n");
        List<String> lint = ContractLint.violations(root);
        if (Repo.contractFiles(root).isEmpty()) {
            sb.append("No contract files yet.\n\n");
        } else if (lint.isEmpty()) {
            sb.append("No findings.\n\n");
        } else {
            lint.forEach(v -> sb.append("- ").append(v).append('\n'));
            sb.append('\n');
        }
        sb.append("## Contract compatibility gate\n\n");
        ContractCompatibility.GateReport gate = ContractCompatibility.check(root);
        sb.append("```\n").append(gate.summary().trim()).append("\n```\n");
        return sb.toString();
    }

    private static void service(StringBuilder sb, Path root, StandardSpec spec, List<ContractModel> contracts) {
        sb.append("## Service `").append(spec.service()).append("`\n\n");
        sb.append("Contracts: ");
        if (contracts.isEmpty()) {
            sb.append("none yet");
        } else {
            sb.append(String.join(", ", contracts.stream().map(c -> "`" + Repo.rel(root, c.file()) + "`").toList()));
        }
        sb.append("\n\n");

        Map<String, List<String>> opsByFeature = new LinkedHashMap<>();
        for (ContractModel c : contracts) {
            for (ContractModel.Operation op : c.operations()) {
                for (String f : op.functions()) {
                    opsByFeature.computeIfAbsent(f, k -> new ArrayList<>()).add("v" + c.major() + " " + op.label());
                }
            }
        }
        Path module = root.resolve("modules").resolve(spec.service());
        List<TestEvidence.TaggedTest> tagged = TestEvidence.scan(module.resolve("src/test/java"));
        List<TestEvidence.CaseResult> results = TestEvidence.surefire(module.resolve("target/surefire-reports"));
        Map<String, List<TestEvidence.TaggedTest>> testsByFeature = new LinkedHashMap<>();
        tagged.forEach(t -> testsByFeature.computeIfAbsent(t.feature(), k -> new ArrayList<>()).add(t));

        int mandatory = 0;
        int mandatoryWithOp = 0;
        int mandatoryPassed = 0;
        StringBuilder table = new StringBuilder();
        table.append("| 機能 (ID / document, version, section) | 名称 | class | kikan_feature | contract operations | tests (latest result) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (StandardSpec.Function f : spec.functions()) {
            List<String> ops = opsByFeature.getOrDefault(f.kikanFeature(), List.of());
            List<TestEvidence.TaggedTest> tests = testsByFeature.getOrDefault(f.kikanFeature(), List.of());
            List<String> testCells = new ArrayList<>();
            boolean anyPassed = false;
            boolean anyFailed = false;
            for (TestEvidence.TaggedTest t : tests) {
                TestEvidence.Evidence ev = TestEvidence.evidence(t, results);
                anyPassed |= ev.passed();
                anyFailed |= ev.failed();
                testCells.add("`" + t.label() + "` " + ev.status());
            }
            if (StandardSpec.MANDATORY.equals(f.functionClass())) {
                mandatory++;
                if (!ops.isEmpty()) {
                    mandatoryWithOp++;
                }
                if (anyPassed && !anyFailed) {
                    mandatoryPassed++;
                }
            }
            String opCell = ops.isEmpty() ? "—" : String.join("<br>", ops.stream().map(o -> "`" + o + "`").toList());
            if (StandardSpec.PROHIBITED.equals(f.functionClass()) && !ops.isEmpty()) {
                opCell = "**VIOLATION (実装不可)** " + opCell;
            }
            table.append("| ").append(esc(f.key())).append(" | ").append(esc(f.nameJa())).append(" | ")
                    .append(esc(f.functionClass())).append(" | `").append(esc(f.kikanFeature())).append("` | ")
                    .append(opCell).append(" | ")
                    .append(testCells.isEmpty() ? "—" : esc(String.join("<br>", testCells))).append(" |\n");
        }
        sb.append("### Functions\n\n")
                .append(StandardSpec.MANDATORY).append(": ").append(mandatory).append(" rows; with a contract operation: ")
                .append(mandatoryWithOp).append("; with passing tagged tests (none failing): ").append(mandatoryPassed)
                .append(".\n\n").append(table).append('\n');

        Set<String> known = spec.features();
        Set<String> unknownOps = new LinkedHashSet<>(opsByFeature.keySet());
        unknownOps.removeAll(known);
        Set<String> unknownTags = new LinkedHashSet<>(testsByFeature.keySet());
        unknownTags.removeAll(known);
        if (!unknownOps.isEmpty() || !unknownTags.isEmpty()) {
            sb.append("Keys not in functions.csv — operations: ").append(unknownOps).append("; test tags: ")
                    .append(unknownTags).append("\n\n");
        }

        sb.append("### Data items\n\n");
        Map<String, List<String>> usage = new LinkedHashMap<>();
        for (ContractModel c : contracts) {
            for (ContractModel.StandardItemRef r : c.standardItems()) {
                usage.computeIfAbsent(String.valueOf(r.name()), k -> new ArrayList<>())
                        .add("v" + c.major() + " " + r.pointer());
            }
        }
        long used = spec.dataItems().stream().filter(i -> usage.containsKey(i.nameJa())).count();
        sb.append(used).append(" of ").append(spec.dataItems().size())
                .append(" standard items appear in the contract (x-standard-item).\n\n")
                .append("| データ項目 | romaji | item_id | type(length) | in contract |\n|---|---|---|---|---|\n");
        for (StandardSpec.DataItem i : spec.dataItems()) {
            List<String> where = usage.getOrDefault(i.nameJa(), List.of());
            sb.append("| ").append(esc(i.nameJa())).append(" | `").append(i.romaji()).append("` | ").append(i.itemId())
                    .append(" | ").append(i.type()).append('(').append(i.length()).append(") | ")
                    .append(where.isEmpty() ? "—" : where.size() + " use(s): `" + esc(where.get(0)) + "`"
                            + (where.size() > 1 ? " …" : ""))
                    .append(" |\n");
        }
        Set<String> notInList = new LinkedHashSet<>(usage.keySet());
        spec.dataItems().forEach(i -> notInList.remove(i.nameJa()));
        if (!notInList.isEmpty()) {
            sb.append("\nContract x-standard-item names not in data-items.csv: ").append(notInList).append('\n');
        }
        sb.append('\n');
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
