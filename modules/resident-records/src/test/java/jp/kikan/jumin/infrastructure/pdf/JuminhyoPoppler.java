package jp.kikan.jumin.infrastructure.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs poppler-utils (pdftotext, pdffonts, pdftoppm) as external processes for the PDF tests. Outside CI a
 * missing tool or font skips a test; under CI (environment variable {@code CI=true}, set by .ci/run) it fails
 * it, so the PDF content checks cannot pass by not running.
 */
final class JuminhyoPoppler {

    static final Path PREVIEW_DIR = Path.of("target", "pdf-preview");
    private static final List<String> TOOLS = List.of("pdftotext", "pdffonts", "pdftoppm");

    private JuminhyoPoppler() {
    }

    static boolean available() {
        return missingTools().isEmpty();
    }

    private static List<String> missingTools() {
        return TOOLS.stream().filter(t -> !onPath(t)).toList();
    }

    /** Skips the calling test when poppler-utils are missing; fails it instead when CI=true. */
    static void assumeAvailable() {
        if (!availableOrFailInCi()) {
            Assumptions.abort(missingMessage() + " — skipped outside CI");
        }
    }

    /** True when poppler-utils are installed; false outside CI when they are not; fails the test when CI=true. */
    static boolean availableOrFailInCi() {
        if (available()) {
            return true;
        }
        failInCi(missingMessage());
        return false;
    }

    /** Skips the calling test for {@code reason} (a missing tool or font); fails it instead when CI=true. */
    static void skipOrFailInCi(String reason) {
        failInCi(reason);
        Assumptions.abort(reason + " — skipped outside CI");
    }

    private static void failInCi(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " — CI=true, so the PDF checks fail instead of being skipped"
                    + " (.ci/run installs poppler-utils and the fonts)");
        }
    }

    private static String missingMessage() {
        return "poppler-utils not installed: " + String.join(", ", missingTools()) + " not found on PATH"
                + " (install the Debian package poppler-utils)";
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the PDF to target/pdf-preview/{name}.pdf. */
    static Path write(String name, byte[] pdf) throws IOException {
        Files.createDirectories(PREVIEW_DIR);
        Path file = PREVIEW_DIR.resolve(name + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    /** Writes the PDF to a temporary file deleted on exit (for PDFs not meant for visual review). */
    static Path writeTemp(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("juminhyo-", ".pdf");
        file.toFile().deleteOnExit();
        Files.write(file, pdf);
        return file;
    }

    /** Text of each page in physical layout order (pdftotext separates pages with form feeds). */
    static List<String> pages(Path pdf) throws IOException, InterruptedException {
        String text = run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        // pdftotext ends the last page with a form feed too
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    static String fonts(Path pdf) throws IOException, InterruptedException {
        return run("pdffonts", pdf.toString());
    }

    /** Renders every page to target/pdf-preview/{name}-N.png at 80 dpi; returns the PNGs. */
    static List<Path> png(Path pdf, String name) throws IOException, InterruptedException {
        try (var old = Files.list(PREVIEW_DIR)) {
            for (Path f : old.filter(p -> p.getFileName().toString().startsWith(name + "-")
                    && p.getFileName().toString().endsWith(".png")).toList()) {
                Files.delete(f);
            }
        }
        run("pdftoppm", "-r", "80", "-png", pdf.toString(), PREVIEW_DIR.resolve(name).toString());
        try (var s = Files.list(PREVIEW_DIR)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "-")
                            && p.getFileName().toString().endsWith(".png"))
                    .sorted()
                    .toList();
        }
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + String.join(" ", cmd));
        }
        String s = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + s);
        }
        return s;
    }

    /** Every page carries the given footer texts and its own "n/N" page number. */
    static void assertFooterOnEveryPage(List<String> pages, String... footer) {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            String page = pages.get(i);
            org.assertj.core.api.Assertions.assertThat(page).as("page %d", i + 1).contains(footer);
            java.util.regex.Matcher pageNo = java.util.regex.Pattern.compile("(\\d+)/(\\d+)$").matcher(page);
            org.assertj.core.api.Assertions.assertThat(pageNo.find()).as("page number on page %d", i + 1).isTrue();
            org.assertj.core.api.Assertions.assertThat(pageNo.group(1)).isEqualTo(String.valueOf(i + 1));
            org.assertj.core.api.Assertions.assertThat(pageNo.group(2)).isEqualTo(String.valueOf(n));
        }
    }

    /** pdffonts lists only embedded fonts, and one of the Japanese fonts is among them. */
    static void assertAllFontsEmbedded(Path pdf) throws Exception {
        String out = fonts(pdf);
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        org.assertj.core.api.Assertions.assertThat(rows).as(out).isNotEmpty();
        for (String row : rows) {
            // columns: name type encoding emb sub uni object ID — emb is 5th from the end
            List<String> cols = List.of(row.trim().split("\\s+"));
            org.assertj.core.api.Assertions.assertThat(cols.get(cols.size() - 5)).as("embedded: " + row).isEqualTo("yes");
        }
        org.assertj.core.api.Assertions.assertThat(out).containsAnyOf("IPAmj", "IPAexMincho", "NotoSans");
    }
}
