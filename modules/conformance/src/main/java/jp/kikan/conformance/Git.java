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

    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    private final Path root;

    Git(Path root) {
        this.root = root;
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

    /** Commits that touched the file, newest first. */
    List<String> commitsTouching(String relPath) throws IOException {
        Result r = run("log", "--format=%H", "--", relPath);
        List<String> shas = new ArrayList<>();
        if (r.ok()) {
            for (String line : r.out().split("\\R")) {
                if (!line.isBlank()) {
                    shas.add(line.trim());
                }
            }
        }
        return shas;
    }

    /** The file's content at a revision, or null when it does not exist there. */
    String show(String rev, String relPath) throws IOException {
        Result r = run("show", rev + ":" + relPath);
        return r.ok() ? r.out() : null;
    }

    Result run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
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
