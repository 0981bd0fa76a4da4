package jp.kikan.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Read-only git calls (log, show, rev-parse) through the git command line. */
final class Git {

    /** The executable used when none is given. */
    static final String DEFAULT_EXECUTABLE = "git";

    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    private final Path root;
    private final String executable;

    Git(Path root) {
        this(root, DEFAULT_EXECUTABLE);
    }

    /** {@code executable}: the git command (tests pass a name that does not exist to simulate a machine without git). */
    Git(Path root, String executable) {
        this.root = root;
        this.executable = executable;
    }

    /** Null when git can be used on this repository with at least one commit, else the reason why not. */
    String unavailableReason() {
        Result r;
        try {
            r = run("rev-parse", "--is-inside-work-tree");
        } catch (IOException e) {
            return "git is not installed or not runnable (" + e.getMessage() + ")";
        }
        if (!r.ok() || !r.out().trim().equals("true")) {
            return "not a git work tree (" + r.err().trim() + ")";
        }
        try {
            Result head = run("rev-parse", "--verify", "--quiet", "HEAD");
            if (!head.ok()) {
                return "the repository has no commits yet";
            }
        } catch (IOException e) {
            return e.getMessage();
        }
        return null;
    }

    /**
     * True when the repository is a shallow clone (CI checkouts often are: {@code fetch-depth: 1}); then
     * {@code git log} shows only part of the history.
     */
    boolean isShallow() throws IOException {
        Result r = run("rev-parse", "--is-shallow-repository");
        String out = r.out().trim();
        if (r.ok() && (out.equals("true") || out.equals("false"))) {
            return out.equals("true");
        }
        // git before 2.15 does not know --is-shallow-repository: look for the shallow file itself
        Result dir = run("rev-parse", "--git-common-dir");
        if (!dir.ok()) {
            throw new IOException("git rev-parse --git-common-dir failed: " + dir.err().trim());
        }
        Path common = root.resolve(dir.out().trim());
        return java.nio.file.Files.exists(common.resolve("shallow"));
    }

    /** Commits that touched the file, newest first. A failing {@code git log} is an error, not an empty history. */
    List<String> commitsTouching(String relPath) throws IOException {
        Result r = run("log", "--format=%H", "--", relPath);
        if (!r.ok()) {
            throw new IOException("git log -- " + relPath + " failed (" + r.exit() + "): " + r.err().trim());
        }
        List<String> shas = new ArrayList<>();
        for (String line : r.out().split("\\R")) {
            if (!line.isBlank()) {
                shas.add(line.trim());
            }
        }
        return shas;
    }

    /** The file's content at a revision (the blob as committed, no filters), or null when it does not exist there. */
    String show(String rev, String relPath) throws IOException {
        Result r = run("cat-file", "blob", rev + ":" + relPath);
        return r.ok() ? r.out() : null;
    }

    Result run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.add("-C");
        cmd.add(root.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread te = new Thread(() -> copy(p.getErrorStream(), err));
        te.start();
        copy(p.getInputStream(), out);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " timed out");
            }
            te.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try (in) {
            in.transferTo(to);
        } catch (IOException ignored) {
            // process ended
        }
    }
}
