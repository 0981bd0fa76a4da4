package jp.kikan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The published releases of one service's contracts, kept in the repository so that the compatibility gate never
 * depends on git history being visible:
 * <ul>
 *   <li>{@code contracts/<service>/published/<info.version>.yaml} — a verbatim copy of each published release
 *       (e.g. {@code 1.0.0.yaml}); the major of the version says which {@code v<N>.yaml} it belongs to;</li>
 *   <li>{@code contracts/<service>/published/SHA256SUMS} — the SHA-256 of every copy, in {@code sha256sum} format
 *       ({@code <64 hex>  <file name>}, so {@code sha256sum -c SHA256SUMS} checks it too).</li>
 * </ul>
 * A copy is usable only when it is named by a semantic version, is recorded in the manifest, has exactly the
 * recorded hash and declares the same {@code info.version} as its name. Everything else is a problem that fails the
 * gate: a published copy must never change and never disappear.
 */
final class PublishedContracts {

    static final String DIR = "published";
    static final String MANIFEST = "SHA256SUMS";
    private static final Pattern COPY_NAME = Pattern.compile("(.+)\\.ya?ml");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    /** A semantic version MAJOR.MINOR.PATCH[-pre-release]; build metadata is not allowed (it would not order). */
    record Version(int major, int minor, int patch, String preRelease) implements Comparable<Version> {
        private static final Pattern SEMVER =
                Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

        /** The version, or null when {@code s} is not MAJOR.MINOR.PATCH[-pre-release]. */
        static Version parse(String s) {
            if (s == null) {
                return null;
            }
            Matcher m = SEMVER.matcher(s.trim());
            if (!m.matches()) {
                return null;
            }
            return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4));
        }

        /** A pre-release (e.g. {@code 2.0.0-draft.1}) is not published yet. */
        boolean isPreRelease() {
            return preRelease != null;
        }

        @Override
        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            if (c == 0) {
                c = Integer.compare(minor, o.minor);
            }
            if (c == 0) {
                c = Integer.compare(patch, o.patch);
            }
            if (c != 0) {
                return c;
            }
            if (preRelease == null || o.preRelease == null) {
                return preRelease == null ? (o.preRelease == null ? 0 : 1) : -1;
            }
            String[] a = preRelease.split("\\.");
            String[] b = o.preRelease.split("\\.");
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                boolean na = a[i].matches("\\d+");
                boolean nb = b[i].matches("\\d+");
                int d = na && nb ? Long.compare(Long.parseLong(a[i]), Long.parseLong(b[i]))
                        : na ? -1 : nb ? 1 : a[i].compareTo(b[i]);
                if (d != 0) {
                    return d;
                }
            }
            return Integer.compare(a.length, b.length);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
        }
    }

    /** One verified published copy. */
    record Copy(Version version, String rel, String text) {}

    /** What {@code published/} holds: the usable copies, and every problem found (each one fails the gate). */
    record Loaded(String dirRel, boolean dirExists, List<Copy> copies, Map<String, String> manifest,
            List<String> problems) {

        List<Copy> ofMajor(int major) {
            return copies.stream().filter(c -> c.version().major() == major).toList();
        }
    }

    private PublishedContracts() {}

    /** Reads and verifies {@code <serviceDir>/published/}. A missing directory is not a problem here (see the gate). */
    static Loaded load(Path root, Path serviceDir) {
        Path dir = serviceDir.resolve(DIR);
        String dirRel = Repo.rel(root, dir) + "/";
        List<String> problems = new ArrayList<>();
        List<Copy> copies = new ArrayList<>();
        Map<String, String> manifest = new LinkedHashMap<>();
        if (!Files.exists(dir)) {
            return new Loaded(dirRel, false, copies, manifest, problems);
        }
        if (!Files.isDirectory(dir)) {
            problems.add(dirRel + " is not a directory");
            return new Loaded(dirRel, true, copies, manifest, problems);
        }
        Path manifestFile = dir.resolve(MANIFEST);
        String manifestRel = dirRel + MANIFEST;
        boolean manifestOk = Files.isRegularFile(manifestFile);
        if (!manifestOk) {
            problems.add(manifestRel + " is missing: the SHA-256 of every published copy must be recorded there, "
                    + "so no copy in " + dirRel + " can be trusted");
        } else {
            try {
                manifest.putAll(parseManifest(Files.readString(manifestFile, StandardCharsets.UTF_8), manifestRel,
                        problems));
            } catch (IOException e) {
                problems.add(manifestRel + " cannot be read: " + e.getMessage());
                manifestOk = false;
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> COPY_NAME.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(dirRel + " cannot be listed: " + e.getMessage());
            return new Loaded(dirRel, true, copies, manifest, problems);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String rel = dirRel + name;
            Matcher nm = COPY_NAME.matcher(name);
            nm.matches();
            Version version = Version.parse(nm.group(1));
            if (version == null) {
                problems.add(rel + " is not named <MAJOR.MINOR.PATCH>.yaml after the info.version it publishes");
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                problems.add(rel + " cannot be read: " + e.getMessage());
                continue;
            }
            if (!manifestOk) {
                continue; // already reported: nothing can be verified without the manifest
            }
            String recorded = manifest.get(name);
            String actual = sha256(bytes);
            if (recorded == null) {
                problems.add(rel + " is not recorded in " + manifestRel + " (add `" + actual + "  " + name
                        + "` when publishing it)");
                continue;
            }
            if (!recorded.equalsIgnoreCase(actual)) {
                problems.add(rel + " has been changed: its SHA-256 is " + actual + " but " + manifestRel
                        + " records " + recorded + ". A published copy must never change; restore it from git "
                        + "(git checkout <commit> -- " + rel + ") and publish changes as a new version");
                continue;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            String declared;
            try {
                declared = infoVersion(text);
            } catch (RuntimeException e) {
                problems.add(rel + " is not a readable contract: " + e.getMessage().replaceAll("\\s+", " "));
                continue;
            }
            if (!version.toString().equals(declared)) {
                problems.add(rel + " declares info.version " + declared + " but is named " + version);
                continue;
            }
            copies.add(new Copy(version, rel, text));
        }
        for (String recordedName : manifest.keySet()) {
            if (!Files.isRegularFile(dir.resolve(recordedName))) {
                problems.add(dirRel + recordedName + " is recorded in " + manifestRel
                        + " but missing: a published copy must never be removed");
            }
        }
        return new Loaded(dirRel, true, copies, manifest, problems);
    }

    /** Entries of a SHA256SUMS text (file name → hash, lower case); malformed or duplicate lines are problems. */
    static Map<String, String> parseManifest(String text, String where, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = MANIFEST_LINE.matcher(line);
            if (!m.matches() || m.group(2).contains("/")) {
                problems.add(where + " line " + (i + 1) + " is not `<sha256>  <file name>`: " + line);
                continue;
            }
            if (out.put(m.group(2), m.group(1).toLowerCase()) != null) {
                problems.add(where + " records " + m.group(2) + " twice");
            }
        }
        return out;
    }

    /** {@code info.version} of a contract text as a string (null when absent). */
    static String infoVersion(String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        Object doc = new Yaml(options).load(yamlText);
        if (doc instanceof Map<?, ?> m && m.get("info") instanceof Map<?, ?> info && info.get("version") != null) {
            return String.valueOf(info.get("version"));
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
