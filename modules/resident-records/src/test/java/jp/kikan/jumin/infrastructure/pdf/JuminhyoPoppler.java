package jp.kikan.jumin.infrastructure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kikan.platform.test.pdf.Poppler;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PDF tests' use of poppler-utils (pdftotext, pdffonts, pdftoppm) through platform-test's {@link Poppler}, with
 * resident records' own checks (footer on every page, temporary files). Outside CI a
 * missing tool or font skips a test; under CI (environment variable {@code CI=true}, set by .ci/run) it fails
 * it, so the PDF content checks cannot pass by not running.
 */
final class JuminhyoPoppler {

    static final Path PREVIEW_DIR = Poppler.PREVIEW_DIR;

    private JuminhyoPoppler() {
    }

    static boolean available() {
        return Poppler.missingTools().isEmpty();
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
        return "poppler-utils not installed: " + String.join(", ", Poppler.missingTools()) + " not found on PATH"
                + " (install the Debian package poppler-utils)";
    }

    /** Writes the PDF to target/pdf-preview/{name}.pdf. */
    static Path write(String name, byte[] pdf) throws IOException {
        return Poppler.write(name, pdf);
    }

    /** Writes the PDF to a temporary file deleted on exit (for PDFs not meant for visual review). */
    static Path writeTemp(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("juminhyo-", ".pdf");
        file.toFile().deleteOnExit();
        Files.write(file, pdf);
        return file;
    }

    /** Text of each page in physical layout order. */
    static List<String> pages(Path pdf) throws IOException, InterruptedException {
        return Poppler.pages(pdf);
    }

    static String fonts(Path pdf) throws IOException, InterruptedException {
        return Poppler.fonts(pdf);
    }

    /** Renders every page to target/pdf-preview/{name}-N.png at 80 dpi; returns the PNGs. */
    static List<Path> png(Path pdf, String name) throws IOException, InterruptedException {
        return Poppler.png(pdf, name, 80);
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        return Poppler.run(cmd);
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
        Poppler.assertAllFontsEmbedded(pdf);
    }
}
