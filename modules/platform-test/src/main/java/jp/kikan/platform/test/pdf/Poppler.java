package jp.kikan.platform.test.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * poppler-utils (pdftotext, pdffonts, pdftoppm) for the certificate tests of every service. A missing tool skips
 * a test outside CI and fails it when {@code CI=true}, so PDF checks never pass by not running (as resident
 * records' own helper does). PDFs and their page images go to {@code target/pdf-preview/} for a human to look at.
 */
public final class Poppler {

    public static final Path PREVIEW_DIR = Path.of("target", "pdf-preview");
    private static final List<String> TOOLS = List.of("pdftotext", "pdffonts", "pdftoppm");

    private Poppler() {
    }

    /** The poppler tools not found on PATH (none when poppler-utils are installed). */
    public static List<String> missingTools() {
        return TOOLS.stream().filter(t -> !onPath(t)).toList();
    }

    /** Skips the calling test when poppler-utils are missing; fails it instead when CI=true. */
    public static void assumeAvailable() {
        List<String> missing = missingTools();
        if (missing.isEmpty()) {
            return;
        }
        String reason = "poppler-utils not installed: " + String.join(", ", missing)
                + " not found on PATH (install the Debian package poppler-utils)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " — CI=true, so the PDF checks fail instead of being skipped");
        }
        Assumptions.abort(reason + " — skipped outside CI");
    }

    /** Writes the PDF to target/pdf-preview/{name}.pdf. */
    public static Path write(String name, byte[] pdf) throws IOException {
        Files.createDirectories(PREVIEW_DIR);
        Path file = PREVIEW_DIR.resolve(name + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    /** The text in physical layout (pages separated by form feeds). */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The text of each page. */
    public static List<String> pages(Path pdf) throws IOException, InterruptedException {
        List<String> pages = new java.util.ArrayList<>(List.of(text(pdf).split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /** Fails unless pdffonts lists only embedded fonts, one of them a Japanese font of the chain. */
    public static void assertAllFontsEmbedded(Path pdf) throws IOException, InterruptedException {
        String out = fonts(pdf);
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        Assertions.assertFalse(rows.isEmpty(), "no fonts in " + pdf + ":\n" + out);
        for (String row : rows) {
            // columns: name type encoding emb sub uni object ID — emb is 5th from the end
            String[] cols = row.trim().split("\\s+");
            Assertions.assertEquals("yes", cols[cols.length - 5], "not embedded: " + row);
        }
        Assertions.assertTrue(out.contains("IPAmj") || out.contains("IPAexMincho") || out.contains("NotoSans"), out);
    }

    /** pdffonts' table of the PDF's fonts. */
    public static String fonts(Path pdf) throws IOException, InterruptedException {
        return run("pdffonts", pdf.toString());
    }

    /** Renders every page to target/pdf-preview/{name}-N.png at {@code dpi} (earlier PNGs of that name removed). */
    public static List<Path> png(Path pdf, String name, int dpi) throws IOException, InterruptedException {
        Files.createDirectories(PREVIEW_DIR);
        try (var old = Files.list(PREVIEW_DIR)) {
            for (Path f : old.filter(p -> p.getFileName().toString().startsWith(name + "-")
                    && p.getFileName().toString().endsWith(".png")).toList()) {
                Files.delete(f);
            }
        }
        run("pdftoppm", "-r", String.valueOf(dpi), "-png", pdf.toString(), PREVIEW_DIR.resolve(name).toString());
        try (var s = Files.list(PREVIEW_DIR)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "-")
                    && p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    /** Runs a command, its output as UTF-8; fails on a non-zero exit or after 60 s. */
    public static String run(String... cmd) throws IOException, InterruptedException {
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

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
