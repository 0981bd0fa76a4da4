package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Tests that give evidence for a function. Convention: a JUnit 5 test method (or class) carries
 * {@code @Tag("fn:<kikan_feature>")}, e.g. {@code @Tag("fn:ido.tennyu")}; several tags may be stacked. Results come
 * from {@code target/surefire-reports/TEST-*.xml}.
 *
 * <p>A method-level tag counts as passed when every run of that method (each invocation of a parameterized test)
 * passed. A class-level tag counts as passed only when <em>every</em> test of the class and of its nested classes
 * passed: each test method found in the source must have a result, and none may be skipped or failed. One passing
 * test beside a skipped one, or a report left by running a single method ({@code -Dtest=Class#method}), is
 * "INCOMPLETE", not passed.
 */
public final class TestEvidence {

    public static final String TAG_PREFIX = "fn:";
    private static final Pattern TAG = Pattern.compile("@Tag\\(\\s*(?:value\\s*=\\s*)?\"fn:([^\"]+)\"\\s*\\)");
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(?:org\\.junit\\.jupiter\\.[\\w.]+\\.)?(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(?:\\s*\\([^()]*\\))?");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("\\b(?:void|[A-Z][\\w<>,\\s]*)\\s+(\\w+)\\s*\\(");

    /**
     * A tagged test; {@code method} is "*" for a class-level tag. {@code testMethods}: every test ("Class#method")
     * the tag stands for — for a class-level tag each test method of the class and its nested classes found in
     * the source, for a method-level tag the method itself.
     */
    public record TaggedTest(String feature, String className, String method, Path source, List<String> testMethods) {
        public String label() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return "*".equals(method) ? simple + " (all tests)" : simple + "#" + method;
        }

        public boolean classLevel() {
            return "*".equals(method);
        }
    }

    /** A surefire test case result. status: passed / failed / error / skipped. */
    public record CaseResult(String className, String name, String status, FileTime reportTime) {}

    /** What the results say about one tagged test: {@code passed} only when it fully passed. */
    public record Evidence(boolean passed, boolean failed, String status) {}

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

    private record OpenType(String name, int depth) {}

    private record Tag(String feature, String className, String method) {}

    /**
     * Finds the tags, the types (nesting by braces, so a nested class is {@code Outer$Inner} as surefire reports it)
     * and the test methods of one source file. Comments, strings and text blocks are ignored.
     */
    static List<TaggedTest> scanFile(Path file, String text) {
        String[] lines = text.split("\n", -1);
        String[] code = mask(text).split("\n", -1);
        String pkg = "";
        List<String> pendingTags = new ArrayList<>();
        boolean pendingTest = false;
        Deque<OpenType> open = new ArrayDeque<>();
        int depth = 0;
        List<Tag> tags = new ArrayList<>();
        List<String[]> testMethods = new ArrayList<>(); // {class, method}
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            String c = code[li];
            Matcher pm = PACKAGE.matcher(c);
            if (pm.find()) {
                pkg = pm.group(1);
                continue;
            }
            Matcher tm = TAG.matcher(line);
            while (tm.find()) {
                if (tm.start() < c.length() && c.charAt(tm.start()) == '@') {
                    pendingTags.add(tm.group(1));
                }
            }
            if (TEST_ANNOTATION.matcher(c).find()) {
                pendingTest = true;
            }
            String bare = blankAnnotations(c);
            Matcher type = TYPE.matcher(bare);
            int typeAt = type.find() ? type.start() : -1;
            int methodAt = -1;
            Matcher mm = METHOD.matcher(bare);
            if (typeAt < 0 && (pendingTest || !pendingTags.isEmpty()) && mm.find()) {
                methodAt = mm.start();
            }
            for (int i = 0; i <= bare.length(); i++) {
                if (i == typeAt) {
                    String simple = type.group(1);
                    String cls = open.isEmpty() ? (pkg.isEmpty() ? "" : pkg + ".") + simple
                            : open.peek().name() + "$" + simple;
                    open.push(new OpenType(cls, depth));
                    for (String f : pendingTags) {
                        tags.add(new Tag(f, cls, "*"));
                    }
                    pendingTags.clear();
                    pendingTest = false;
                }
                if (i == methodAt) {
                    String cls = open.isEmpty() ? pkg : open.peek().name();
                    for (String f : pendingTags) {
                        tags.add(new Tag(f, cls, mm.group(1)));
                    }
                    if (pendingTest) {
                        testMethods.add(new String[] {cls, mm.group(1)});
                    }
                    pendingTags.clear();
                    pendingTest = false;
                }
                if (i == bare.length()) {
                    break;
                }
                char ch = bare.charAt(i);
                if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                    while (!open.isEmpty() && depth <= open.peek().depth()) {
                        open.pop();
                    }
                }
            }
        }
        List<TaggedTest> out = new ArrayList<>();
        for (Tag t : tags) {
            List<String> covered = new ArrayList<>();
            for (String[] m : testMethods) {
                boolean inClass = m[0].equals(t.className()) || m[0].startsWith(t.className() + "$");
                if ("*".equals(t.method()) ? inClass : m[0].equals(t.className()) && m[1].equals(t.method())) {
                    covered.add(m[0] + "#" + m[1]);
                }
            }
            if (!"*".equals(t.method()) && covered.isEmpty()) {
                covered.add(t.className() + "#" + t.method());
            }
            out.add(new TaggedTest(t.feature(), t.className(), t.method(), file, List.copyOf(covered)));
        }
        return out;
    }

    /** Annotations replaced by spaces (same length), so that they are not taken for declarations. */
    private static String blankAnnotations(String code) {
        Matcher m = ANNOTATION.matcher(code);
        StringBuilder sb = new StringBuilder(code);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /**
     * The source with the contents of comments, string and char literals and text blocks replaced by spaces (same
     * length, line breaks kept), so braces, keywords and tags inside them are not read as code.
     */
    static String mask(String s) {
        StringBuilder b = new StringBuilder(s);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int e = s.indexOf('\n', i);
                e = e < 0 ? n : e;
                blank(b, i, e);
                i = e;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                e = e < 0 ? n : e + 2;
                blank(b, i, e);
                i = e;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !s.startsWith("\"\"\"", j)) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                blank(b, i + 3, Math.min(j, n));
                i = Math.min(j + 3, n);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                blank(b, i + 1, Math.min(j, n));
                i = Math.min(j + 1, n);
            } else {
                i++;
            }
        }
        return b.toString();
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b.charAt(k) != '\n') {
                b.setCharAt(k, ' ');
            }
        }
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

    /**
     * The surefire results belonging to a tagged test: for a class-level tag every result of the class and its
     * nested classes ({@code Outer$Inner}); for a method-level tag the results of that method of that class.
     */
    public static List<CaseResult> resultsFor(TaggedTest t, List<CaseResult> results) {
        List<CaseResult> out = new ArrayList<>();
        for (CaseResult r : results) {
            if (t.classLevel()) {
                if (r.className().equals(t.className()) || r.className().startsWith(t.className() + "$")) {
                    out.add(r);
                }
            } else if (r.className().equals(t.className()) && methodName(r.name()).equals(t.method())) {
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

    /**
     * What the results say about a tagged test. Passed only when there are results, none failed or was skipped,
     * and every test the tag stands for ({@link TaggedTest#testMethods()}) has a result.
     */
    public static Evidence evidence(TaggedTest t, List<CaseResult> all) {
        List<CaseResult> results = resultsFor(t, all);
        if (results.isEmpty()) {
            return new Evidence(false, false, "not run");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        if (counts.containsKey("failed") || counts.containsKey("error")) {
            return new Evidence(false, true, "FAILED " + counts);
        }
        if (!counts.containsKey("passed")) {
            return new Evidence(false, false, "skipped");
        }
        Set<String> ran = new HashSet<>();
        results.forEach(r -> ran.add(r.className() + "#" + methodName(r.name())));
        List<String> notRun = t.testMethods().stream().filter(m -> !ran.contains(m)).toList();
        if (counts.containsKey("skipped") || !notRun.isEmpty()) {
            StringBuilder sb = new StringBuilder("INCOMPLETE (").append(counts.get("passed")).append(" passed");
            if (counts.containsKey("skipped")) {
                sb.append(", ").append(counts.get("skipped")).append(" skipped");
            }
            if (!notRun.isEmpty()) {
                sb.append(", not run: ").append(String.join(", ", notRun.stream()
                        .map(m -> m.substring(m.lastIndexOf('.') + 1)).toList()));
            }
            return new Evidence(false, false, sb.append(')').toString());
        }
        return new Evidence(true, false, "passed (" + counts.get("passed") + ")");
    }
}
