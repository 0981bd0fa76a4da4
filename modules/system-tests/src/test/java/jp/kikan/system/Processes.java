package jp.kikan.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** What starting the suite's processes needs: free ports, environments, the packaged jars, the access log keys. */
final class Processes {

    private Processes() {
    }

    /** The access log's seal key of this run (held by the service's environment, never in its database). */
    static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    static String jar(String module) {
        Path jar = Suite.ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + module + " first (./mvnw verify does)");
        }
        return jar.toString();
    }

    /** Environment variables from name/value pairs (more than Map.of takes). */
    static Map<String, String> env(String... nameValue) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        // a feed consumer whose provider was down (LocalTaxAcrossServicesIT kills local tax) waits at most 2 s before
        // its next poll, not the production cap of a minute: the next test's 30 s budget is for the feed, not a backoff
        m.put("KIKAN_JUMIN_FEED_MAX_BACKOFF", "2S");
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    /** Ports handed out in this run: the kernel may give a released port again before its process has bound it. */
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

    /** A port free now and never handed out before in this run (two processes of the suite never get the same one). */
    static synchronized int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket s = new ServerSocket(0)) {
                if (HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no fresh free port after 100 tries");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
