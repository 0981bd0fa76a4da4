package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Tests that give evidence for a function. Convention: a JUnit 5 test method (or class) carries
 * {@code @Tag("fn:<kikan_feature>")}, e.g. {@code @Tag("fn:ido.tennyu")}; several tags may be stacked. A class-level
 * tag counts every test method of the class. Results come from {@code target/surefire-reports/TEST-*.xml}.
 */
public final class TestEvidence {

    public static final String TAG_PREFIX = "fn:";
    private static final Pattern TAG = Pattern.compile("@Tag\\(\\s*(?:value\\s*=\\s*)?\"fn:([^\"]+)\"\\s*\\)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|interface)\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("\\b(?:void|[A-Z][\\w<>,\\s]*)\\s+(\\w+)\\s*\\(");

    /** A tagged test; {@code method} is "*" for a class-level tag. */
    public record TaggedTest(String feature, String className, String method, Path source) {
        public String label() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return "*".equals(method) ? simple + " (all tests)" : simple + "#" + method;
        }
    }

    /** A surefire test case result. status: passed / failed / error / skipped. */
    public record CaseResult(String className, String name, String status, FileTime reportTime) {}

    private TestEvidence() {}

    /** Scans {@code testSourceRoot} (e.g. modules/x/src/test/java) for {@code @Tag("fn:...")}. */
    public static List<TaggedTest> scan(Path testSourceRoot) {
        List<TaggedTest> out = new ArrayList<>();
        if (!Files.isDirectory(testSourceRoot)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(testSourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(scanFile(f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static List<TaggedTest> scanFile(Path file, String text) {
        List<TaggedTest> out = new ArrayList<>();
        String pkg = "";
        List<String> pending = new ArrayList<>();
        List<String> classes = new ArrayList<>(); // outer to inner (nesting approximated by declaration order)
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
                continue;
            }
            String code = line.replaceAll("//.*$", "");
            Matcher pm = PACKAGE.matcher(code);
            if (pm.find()) {
                pkg = pm.group(1);
                continue;
            }
            Matcher tm = TAG.matcher(code);
            int tagEnd = -1;
            while (tm.find()) {
                pending.add(tm.group(1));
                tagEnd = tm.end();
            }
            String rest = tagEnd >= 0 ? code.substring(tagEnd) : code;
            Matcher type = TYPE.matcher(rest);
            if (type.find() && !rest.trim().startsWith("@") && !rest.contains("new ")) {
                String cls = (pkg.isEmpty() ? "" : pkg + ".") + type.group(1);
                if (!classes.isEmpty() && rest.matches("^\\s+.*")) {
                    // nested class: surefire reports it as Outer$Inner
                    cls = classes.get(0) + "$" + type.group(1);
                }
                classes.add(cls);
                for (String f : pending) {
                    out.add(new TaggedTest(f, cls, "*", file));
                }
                pending.clear();
                continue;
            }
            if (!pending.isEmpty()) {
                Matcher mm = METHOD.matcher(rest.replaceAll("@\\w+(\\([^)]*\\))?", " "));
                if (mm.find()) {
                    String cls = classes.isEmpty() ? pkg : classes.get(classes.size() - 1);
                    for (String f : pending) {
                        out.add(new TaggedTest(f, cls, mm.group(1), file));
                    }
                    pending.clear();
                }
            }
        }
        return out;
    }

    /** Reads every TEST-*.xml of a surefire report directory. */
    public static List<CaseResult> surefire(Path reportsDir) {
        List<CaseResult> out = new ArrayList<>();
        if (!Files.isDirectory(reportsDir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                FileTime time = Files.getLastModifiedTime(f);
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = dbf.newDocumentBuilder().parse(f.toFile());
                NodeList cases = doc.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element e = (Element) cases.item(i);
                    String status = "passed";
                    if (e.getElementsByTagName("failure").getLength() > 0) {
                        status = "failed";
                    } else if (e.getElementsByTagName("error").getLength() > 0) {
                        status = "error";
                    } else if (e.getElementsByTagName("skipped").getLength() > 0) {
                        status = "skipped";
                    }
                    out.add(new CaseResult(e.getAttribute("classname"), e.getAttribute("name"), status, time));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read surefire reports in " + reportsDir, e);
        }
        return out;
    }

    /** The surefire results belonging to a tagged test (by class, and by method name unless class-level). */
    public static List<CaseResult> resultsFor(TaggedTest t, List<CaseResult> results) {
        List<CaseResult> out = new ArrayList<>();
        for (CaseResult r : results) {
            if (!r.className().equals(t.className()) && !r.className().startsWith(t.className() + "$")) {
                continue;
            }
            if ("*".equals(t.method()) || methodName(r.name()).equals(t.method())) {
                out.add(r);
            }
        }
        return out;
    }

    /** "tennyu()" / "tennyu(String)[1]" / "tennyu" → "tennyu". */
    static String methodName(String surefireName) {
        int p = surefireName.indexOf('(');
        String s = p >= 0 ? surefireName.substring(0, p) : surefireName;
        int b = s.indexOf('[');
        return (b >= 0 ? s.substring(0, b) : s).trim();
    }

    /** Aggregated status of results: failed/error beats skipped beats passed; "not run" when empty. */
    public static String status(List<CaseResult> results) {
        if (results.isEmpty()) {
            return "not run";
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        if (counts.containsKey("failed") || counts.containsKey("error")) {
            return "FAILED " + counts;
        }
        if (!counts.containsKey("passed")) {
            return "skipped";
        }
        return "passed (" + counts.get("passed") + ")";
    }
}
