package jp.kikan.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Contract compatibility gate. A published major version ({@code contracts/<service>/v<N>.yaml}) may only change
 * compatibly. The working-tree file is compared with
 * <ol>
 *   <li>every published copy of the same major kept in the repository,
 *       {@code contracts/<service>/published/<info.version>.yaml}, each verified against its SHA-256 in
 *       {@code published/SHA256SUMS} (see {@link PublishedContracts}) — this needs no git at all; and</li>
 *   <li>when git is usable, every committed version of the same file ({@code HEAD} plus each commit from
 *       {@code git log -- <file>}); in a shallow clone only the commits present can be compared, which is said in
 *       the report.</li>
 * </ol>
 * Any breaking change fails the gate; a breaking change needs a new file {@code v<N+1>.yaml}. A change that bumps
 * nothing (same {@code info.version}) is fine as long as it is compatible; the published copies themselves never
 * change.
 *
 * <p>The gate never skips. It fails, with the reason, when it cannot see what was published: a contract whose
 * {@code info.version} is a release (no pre-release suffix such as {@code -draft.1}) but no readable, untampered
 * published copy of its major; a copy that changed, disappeared or is not in the manifest; a published major whose
 * {@code v<N>.yaml} is gone; an {@code info.version} that is not MAJOR.MINOR.PATCH with MAJOR = N or that is older
 * than the newest published copy; a git command that fails; and, when git shows the manifest's history, any copy
 * once recorded there that is no longer recorded with the same hash.
 */
public final class ContractCompatibility {

    /** One comparison of the current file against one earlier version ({@code baseline}: a published copy or a commit). */
    public record Comparison(String file, String baseline, boolean incompatible, boolean different, String markdown) {
        public boolean againstPublishedCopy() {
            return baseline.startsWith(PUBLISHED);
        }
    }

    private static final String PUBLISHED = "published ";

    /**
     * Outcome for the whole repository. {@code problems}: reasons the gate could not check what it must (each one
     * fails it); {@code notes}: what was not compared and why, when that does not weaken the gate.
     */
    public record GateReport(List<String> files, int publishedCopies, List<Comparison> comparisons,
            List<String> problems, List<String> notes) {

        public List<Comparison> breaking() {
            return comparisons.stream().filter(Comparison::incompatible).toList();
        }

        public boolean passed() {
            return problems.isEmpty() && breaking().isEmpty();
        }

        public String summary() {
            long withCopies = comparisons.stream().filter(Comparison::againstPublishedCopy).count();
            StringBuilder sb = new StringBuilder();
            sb.append("Contract compatibility gate ").append(passed() ? "PASSED" : "FAILED").append(": ")
                    .append(files.size()).append(" contract file(s), ").append(publishedCopies)
                    .append(" published cop").append(publishedCopies == 1 ? "y" : "ies").append(", ")
                    .append(comparisons.size()).append(" comparison(s) (").append(withCopies)
                    .append(" with published copies, ").append(comparisons.size() - withCopies)
                    .append(" with git history), ").append(breaking().size()).append(" breaking, ")
                    .append(problems.size()).append(" problem(s).\n");
            for (String p : problems) {
                sb.append("\nFAIL: ").append(p).append('\n');
            }
            if (!notes.isEmpty()) {
                sb.append('\n');
                notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
            }
            for (Comparison c : breaking()) {
                sb.append("\n## BREAKING: ").append(c.file()).append(" vs ").append(c.baseline()).append("\n\n")
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
        return check(root, Git.DEFAULT_EXECUTABLE);
    }

    /** As {@link #check(Path)} with another git executable (tests simulate a machine without git). */
    static GateReport check(Path root, String gitExecutable) {
        List<Path> contracts = Repo.contractFiles(root);
        List<String> names = contracts.stream().map(c -> Repo.rel(root, c)).toList();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Comparison> out = new ArrayList<>();

        Git git = new Git(root, gitExecutable);
        String gitReason = git.unavailableReason();
        boolean shallow = false;
        if (gitReason == null) {
            try {
                shallow = git.isShallow();
            } catch (IOException e) {
                problems.add("cannot tell whether the clone is shallow: " + e.getMessage());
            }
        }
        if (gitReason != null) {
            notes.add("git history not compared: " + gitReason + ". The published copies are the baseline.");
        } else if (shallow) {
            notes.add("shallow clone: git history compared only for the commits present. The published copies are "
                    + "the baseline; `git fetch --unshallow` (needs the remote) would let every commit be compared.");
        }

        int copies = 0;
        for (Path serviceDir : Repo.serviceDirs(root)) {
            PublishedContracts.Loaded published = PublishedContracts.load(root, serviceDir);
            problems.addAll(published.problems());
            copies += published.copies().size();
            if (gitReason == null) {
                manifestHistory(git, published, problems);
            }
            List<Path> serviceContracts = contracts.stream().filter(c -> c.getParent().equals(serviceDir)).toList();
            Set<Integer> majors = new TreeSet<>();
            serviceContracts.forEach(c -> majors.add(Repo.major(c)));
            published.copies().stream().map(c -> c.version().major()).filter(m -> !majors.contains(m)).distinct()
                    .forEach(m -> problems.add(published.dirRel() + " holds published copies of major " + m + " but "
                            + Repo.rel(root, serviceDir.resolve("v" + m + ".yaml"))
                            + " is gone: a published major version must not be removed"));
            for (Path file : serviceContracts) {
                checkContract(root, file, published, git, gitReason, shallow, problems, out);
            }
        }
        return new GateReport(names, copies, out, problems, notes);
    }

    private static void checkContract(Path root, Path file, PublishedContracts.Loaded published, Git git,
            String gitReason, boolean shallow, List<String> problems, List<Comparison> out) {
        String rel = Repo.rel(root, file);
        int major = Repo.major(file);
        String current;
        PublishedContracts.Version version;
        try {
            current = Files.readString(file, StandardCharsets.UTF_8);
            String declared = PublishedContracts.infoVersion(current);
            version = PublishedContracts.Version.parse(declared);
            if (version == null || version.major() != major) {
                problems.add(rel + ": info.version must be MAJOR.MINOR.PATCH with MAJOR " + major
                        + " (optionally -pre.release for an unreleased major) but is " + declared);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(rel + " cannot be read as a contract: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            return;
        }
        List<PublishedContracts.Copy> copies = published.ofMajor(major);
        if (copies.isEmpty() && (version == null || !version.isPreRelease())) {
            String why = !published.dirExists() ? published.dirRel() + " does not exist"
                    : published.problems().isEmpty() ? "it holds no copy of major " + major
                    : "none of its copies of major " + major + " passed verification (see above)";
            problems.add(rel + " (info.version " + (version == null ? "?" : version) + ") is a published major version"
                    + " but no published copy of major " + major + " can be read: " + why + ". Without it the gate"
                    + (gitReason != null ? " cannot see what was published (git: " + gitReason + ")"
                            : shallow ? " cannot see what was published (shallow clone: git history is incomplete)"
                            : " can only compare with git history, which a shallow or git-less checkout does not have")
                    + ". Restore the copies from git (git checkout <commit> -- " + published.dirRel() + "), or"
                    + " give an unreleased major a pre-release version such as " + major + ".0.0-draft.1.");
        }
        if (version != null) {
            copies.stream().map(PublishedContracts.Copy::version).max(Comparator.naturalOrder())
                    .filter(newest -> version.compareTo(newest) < 0)
                    .ifPresent(newest -> problems.add(rel + ": info.version " + version
                            + " is older than the newest published copy " + newest));
        }
        Set<String> seen = new HashSet<>();
        for (PublishedContracts.Copy copy : copies) {
            if (seen.add(copy.text())) {
                out.add(compare(rel, PUBLISHED + copy.version() + " (" + copy.rel() + ")", copy.text(), current,
                        problems));
            }
        }
        if (gitReason != null) {
            return;
        }
        try {
            List<String> revisions = new ArrayList<>();
            revisions.add("HEAD");
            revisions.addAll(git.commitsTouching(rel));
            for (String rev : revisions) {
                String old = git.show(rev, rel);
                if (old == null || !seen.add(old)) {
                    continue; // not in that revision (e.g. the commit deleted it), or same text already compared
                }
                out.add(compare(rel, "git " + rev, old, current, problems));
            }
        } catch (IOException e) {
            problems.add(rel + ": git failed while reading its history: " + e.getMessage());
        }
    }

    private static Comparison compare(String rel, String baseline, String old, String current, List<String> problems) {
        if (old.equals(current)) {
            return new Comparison(rel, baseline, false, false, "");
        }
        try {
            ChangedOpenApi d = diff(old, current);
            boolean breaking = isBreaking(d);
            return new Comparison(rel, baseline, breaking, d.isDifferent(), breaking ? breakingMarkdown(d) : "");
        } catch (RuntimeException e) {
            problems.add(rel + ": cannot be compared with " + baseline + ": " + e);
            return new Comparison(rel, baseline, false, true, "");
        }
    }

    /**
     * Published copies are append-only in git too: every copy ever recorded in a committed {@code SHA256SUMS} must
     * still be recorded with the same hash (this catches a copy rewritten together with its hash).
     */
    private static void manifestHistory(Git git, PublishedContracts.Loaded published, List<String> problems) {
        String manifestRel = published.dirRel() + PublishedContracts.MANIFEST;
        try {
            Set<String> reported = new HashSet<>();
            for (String rev : git.commitsTouching(manifestRel)) {
                String text = git.show(rev, manifestRel);
                if (text == null) {
                    continue;
                }
                Map<String, String> then = PublishedContracts.parseManifest(text, manifestRel + "@" + rev,
                        new ArrayList<>());
                for (Map.Entry<String, String> e : then.entrySet()) {
                    String now = published.manifest().get(e.getKey());
                    if (!e.getValue().equals(now) && reported.add(e.getKey())) {
                        problems.add(published.dirRel() + e.getKey() + " was published with SHA-256 " + e.getValue()
                                + " (" + manifestRel + " in commit " + rev.substring(0, Math.min(12, rev.length()))
                                + ") but " + (now == null ? "is no longer recorded" : "is now recorded as " + now)
                                + ": a published copy must never change or be removed");
                    }
                }
            }
        } catch (IOException e) {
            problems.add(manifestRel + ": git failed while reading its history: " + e.getMessage());
        }
    }

    /** Prints the report; exit status 1 when the gate fails (a breaking change, or it cannot check what it must). */
    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : Repo.findRoot();
        GateReport report = check(root);
        System.out.println(report.summary());
        if (!report.passed()) {
            System.exit(1);
        }
    }
}
