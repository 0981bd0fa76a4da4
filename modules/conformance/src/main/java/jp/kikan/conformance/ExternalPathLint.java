package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository cites public sources (document, version, section, URL; GitHub repository, path and commit for
 * extracts), never files outside the repository. This lint finds, in every file of the repository
 * ({@link Repo#files}) that is text, a reference to a path outside it:
 * <ul>
 *   <li>an absolute path under {@code /work/} (the machines' shared work area);</li>
 *   <li>{@code ../shared} (a sibling directory of a checkout);</li>
 *   <li>{@code standard-notes/} (private research notes);</li>
 *   <li>the research notes by file name ({@code standards.md}, {@code toolchain.md}, {@code levy-rules.md}) unless
 *       the repository has a file of that name.</li>
 * </ul>
 * The only files exempt are this lint's own source and its test, which must spell the patterns out.
 */
public final class ExternalPathLint {

    /** The lint's own source files (relative to the repository root): the only allowed mentions. */
    public static final Set<String> ALLOWED = Set.of(
            "modules/conformance/src/main/java/jp/kikan/conformance/ExternalPathLint.java",
            "modules/conformance/src/test/java/jp/kikan/conformance/ExternalPathLintTest.java");

    private static final Pattern OUTSIDE = Pattern.compile("(?<![\\w.~-])/work/|\\.\\./shared\\b|standard-notes/");
    private static final Pattern NOTE_NAME = Pattern.compile("(?<![\\w./-])(standards|toolchain|levy-rules)\\.md\\b");

    private ExternalPathLint() {}

    /** "file:line: text" for every reference to a path outside the repository. */
    public static List<String> violations(Path root) {
        List<String> files = Repo.files(root);
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.substring(f.lastIndexOf('/') + 1)));
        List<String> out = new ArrayList<>();
        for (String rel : files) {
            if (ALLOWED.contains(rel)) {
                continue;
            }
            Path file = root.resolve(rel);
            if (!Files.isRegularFile(file)) {
                continue; // deleted in the work tree but still in the index
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                out.add(rel + ": cannot be read: " + e.getMessage());
                continue;
            }
            if (isBinary(bytes)) {
                continue;
            }
            out.addAll(violations(rel, new String(bytes, StandardCharsets.UTF_8), names));
        }
        return out;
    }

    /** The findings in one text; {@code repoFileNames}: names of the repository's files (a note name found there is fine). */
    static List<String> violations(String rel, String text, Set<String> repoFileNames) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<String> found = new ArrayList<>();
            Matcher m = OUTSIDE.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
            Matcher n = NOTE_NAME.matcher(line);
            while (n.find()) {
                if (!repoFileNames.contains(n.group())) {
                    found.add(n.group());
                }
            }
            if (!found.isEmpty()) {
                String shown = line.strip();
                out.add(rel + ":" + (i + 1) + ": refers to " + String.join(", ", found)
                        + " outside the repository (cite the public source instead): "
                        + (shown.length() > 160 ? shown.substring(0, 160) + "…" : shown));
            }
        }
        return out;
    }

    /** A NUL byte in the first 8 KiB: not a text file (images, fonts, archives). */
    static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
