package jp.kikan.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Contract compatibility gate. A published major version ({@code contracts/<service>/v<N>.yaml}) may only change
 * compatibly: the working-tree file is compared with every committed version of the same file (each commit from
 * {@code git log -- <file>}, plus {@code HEAD}) and any breaking change fails the gate. A breaking change needs a new
 * file {@code v<N+1>.yaml}.
 */
public final class ContractCompatibility {

    /** One comparison of the current file against one earlier version. */
    public record Comparison(String file, String revision, boolean incompatible, boolean different, String markdown) {}

    /** Outcome for the whole repository. {@code skipped} is non-null when the gate could not run. */
    public record GateReport(String skipped, List<String> files, List<Comparison> comparisons) {
        public List<Comparison> breaking() {
            return comparisons.stream().filter(Comparison::incompatible).toList();
        }

        public boolean passed() {
            return skipped == null && breaking().isEmpty();
        }

        public String summary() {
            if (skipped != null) {
                return "Contract compatibility gate SKIPPED: " + skipped;
            }
            StringBuilder sb = new StringBuilder();
            sb.append("Contract compatibility gate: ").append(files.size()).append(" contract file(s), ")
                    .append(comparisons.size()).append(" comparison(s) with earlier versions, ")
                    .append(breaking().size()).append(" breaking.\n");
            for (Comparison c : breaking()) {
                sb.append("\n## BREAKING: ").append(c.file()).append(" vs ").append(c.revision()).append("\n\n")
                        .append(c.markdown()).append('\n');
            }
            return sb.toString();
        }
    }

    private ContractCompatibility() {}

    /** Compares two contract texts. */
    public static ChangedOpenApi diff(String oldContract, String newContract) {
        return OpenApiCompare.fromContents(oldContract, newContract);
    }

    /**
     * Breaking = openapi-diff says incompatible, or (Kikan rule) a property disappeared from a response schema.
     * openapi-diff 2.1.7 treats removing an optional response property as compatible; for a published contract a
     * client may rely on it, so Kikan counts it as breaking.
     */
    public static boolean isBreaking(ChangedOpenApi diff) {
        return diff.isIncompatible() || !removedResponseProperties(diff).isEmpty();
    }

    public static boolean isBreaking(String oldContract, String newContract) {
        return isBreaking(diff(oldContract, newContract));
    }

    /** "METHOD url: property" for every property missing from a response-context schema. */
    public static List<String> removedResponseProperties(ChangedOpenApi diff) {
        List<String> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Changed c : diff.getChangedElements()) {
            collectRemoved(c, out, seen);
        }
        return out.stream().distinct().toList();
    }

    private static void collectRemoved(Changed c, List<String> out, Set<Object> seen) {
        if (c == null || !seen.add(c)) {
            return;
        }
        if (c instanceof ChangedSchema s && s.getContext() != null && s.getContext().isResponse()
                && s.getMissingProperties() != null) {
            for (String p : s.getMissingProperties().keySet()) {
                out.add(s.getContext().getMethod() + " " + s.getContext().getUrl() + ": " + p);
            }
        }
        if (c instanceof ComposedChanged cc) {
            for (Changed child : cc.getChangedElements()) {
                collectRemoved(child, out, seen);
            }
        }
    }

    /** Markdown for a breaking diff: openapi-diff's report plus the Kikan response-property rule. */
    public static String breakingMarkdown(ChangedOpenApi diff) {
        StringBuilder sb = new StringBuilder(markdown(diff));
        List<String> removed = removedResponseProperties(diff);
        if (!removed.isEmpty()) {
            sb.append("\n#### Response properties removed (breaking by Kikan rule)\n\n");
            removed.forEach(r -> sb.append("- ").append(r).append('\n'));
        }
        return sb.toString();
    }

    /** The openapi-diff Markdown report of a diff. */
    public static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs the gate over every contract file of the repository. */
    public static GateReport check(Path root) {
        List<Path> contracts = Repo.contractFiles(root);
        List<String> names = contracts.stream().map(c -> Repo.rel(root, c)).toList();
        if (contracts.isEmpty()) {
            return new GateReport("no contract files under " + root.resolve("contracts"), names, List.of());
        }
        Git git = new Git(root);
        String reason = git.unavailableReason();
        if (reason != null) {
            return new GateReport(reason, names, List.of());
        }
        List<Comparison> out = new ArrayList<>();
        try {
            for (Path file : contracts) {
                String rel = Repo.rel(root, file);
                String current = Files.readString(file, StandardCharsets.UTF_8);
                List<String> revisions = new ArrayList<>();
                revisions.add("HEAD");
                revisions.addAll(git.commitsTouching(rel));
                Set<String> seen = new HashSet<>();
                for (String rev : revisions) {
                    String old = git.show(rev, rel);
                    if (old == null || !seen.add(old)) {
                        continue; // not in that revision (e.g. the commit deleted it), or same text already compared
                    }
                    if (old.equals(current)) {
                        out.add(new Comparison(rel, rev, false, false, ""));
                        continue;
                    }
                    ChangedOpenApi d = diff(old, current);
                    boolean breaking = isBreaking(d);
                    out.add(new Comparison(rel, rev, breaking, d.isDifferent(), breaking ? breakingMarkdown(d) : ""));
                }
            }
        } catch (IOException e) {
            return new GateReport("git failed: " + e.getMessage(), names, out);
        }
        return new GateReport(null, names, out);
    }

    /** Prints the report; exit status 1 when a published major version changed incompatibly. */
    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : Repo.findRoot();
        GateReport report = check(root);
        System.out.println(report.summary());
        if (!report.breaking().isEmpty()) {
            System.exit(1);
        }
    }
}
