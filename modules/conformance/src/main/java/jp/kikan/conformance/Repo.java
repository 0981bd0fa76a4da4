package jp.kikan.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Locates the repository root and the files the conformance tools read. */
public final class Repo {

    /** {@code contracts/<service>/v<N>.yaml}. */
    public static final Pattern CONTRACT_FILE = Pattern.compile("v(\\d+)\\.ya?ml");

    private Repo() {}

    /** Walks up from the working directory to the first directory containing {@code contracts/}. */
    public static Path findRoot() {
        return findRoot(Paths.get("").toAbsolutePath());
    }

    public static Path findRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("contracts"))) {
                return p;
            }
        }
        throw new IllegalStateException("no directory with contracts/ found above " + start);
    }

    /** The service directories under {@code contracts/} (each holds {@code v<N>.yaml} and maybe {@code published/}). */
    public static List<Path> serviceDirs(Path root) {
        Path contracts = root.resolve("contracts");
        if (!Files.isDirectory(contracts)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(contracts)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + contracts, e);
        }
    }

    /** All contract files, sorted by service then major version. */
    public static List<Path> contractFiles(Path root) {
        Path contracts = root.resolve("contracts");
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(contracts)) {
            return out;
        }
        try (Stream<Path> services = Files.list(contracts)) {
            for (Path service : services.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(service)) {
                    files.filter(f -> CONTRACT_FILE.matcher(f.getFileName().toString()).matches())
                            .sorted((a, b) -> Integer.compare(major(a), major(b)))
                            .forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + contracts, e);
        }
        return out;
    }

    public static int major(Path contract) {
        Matcher m = CONTRACT_FILE.matcher(contract.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    public static String service(Path contract) {
        return contract.getParent().getFileName().toString();
    }

    /** Service directories under standard-specs/ that hold a functions.csv. */
    public static List<Path> specServices(Path root) {
        Path specs = root.resolve("standard-specs");
        if (!Files.isDirectory(specs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(specs)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("functions.csv"))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The repository's files as paths relative to root: tracked and not-yet-added files that git does not ignore
     * ({@code git ls-files --cached --others --exclude-standard}) when git can be used, else a walk of
     * the tree that leaves out {@code .git} (a directory, or a file in a linked work tree) and what the root
     * {@code .gitignore} ignores by simple patterns
     * ({@code dir/}, {@code path/dir/}, {@code *.ext}). Never anything under a {@code target/} directory.
     */
    public static List<String> files(Path root) {
        Git git = new Git(root);
        if (git.unavailableReason() == null) {
            try {
                Git.Result r = git.run("ls-files", "-z", "--cached", "--others", "--exclude-standard");
                if (r.ok()) {
                    return Stream.of(r.out().split("\0")).filter(f -> !f.isEmpty()).distinct()
                            .filter(f -> !f.startsWith("target/") && !f.contains("/target/")).sorted().toList();
                }
            } catch (IOException e) {
                // fall back to walking the tree
            }
        }
        List<String> dirs = new ArrayList<>(List.of(".git", "target"));
        List<String> exts = new ArrayList<>();
        Path ignore = root.resolve(".gitignore");
        if (Files.isRegularFile(ignore)) {
            try {
                for (String line : Files.readAllLines(ignore)) {
                    String l = line.trim();
                    if (l.endsWith("/") && !l.contains("*")) {
                        dirs.add(l.substring(l.startsWith("/") ? 1 : 0, l.length() - 1));
                    } else if (l.startsWith("*.") && !l.substring(1).contains("*")) {
                        exts.add(l.substring(1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + ignore, e);
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(f -> rel(root, f)).filter(f -> {
                for (String d : dirs) {
                    if (f.equals(d) || f.startsWith(d + "/") || (!d.contains("/") && f.contains("/" + d + "/"))) {
                        return false;
                    }
                }
                return exts.stream().noneMatch(f::endsWith);
            }).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot walk " + root, e);
        }
    }

    /** Path with forward slashes relative to root (as git wants it). */
    public static String rel(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
