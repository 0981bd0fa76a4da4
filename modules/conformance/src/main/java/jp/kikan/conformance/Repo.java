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

    /** Path with forward slashes relative to root (as git wants it). */
    public static String rel(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
