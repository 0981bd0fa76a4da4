package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalPathLintTest {

    /** The build fails when a file of the repository refers to a path outside it. */
    @Test
    void repositoryCitesNoPathOutsideItself() {
        Path root = Repo.findRoot();
        List<String> files = Repo.files(root);
        assertThat(files).contains("README.md", "contracts/resident-records/v1.yaml")
                .containsAll(ExternalPathLint.ALLOWED).noneMatch(f -> f.startsWith(".git/") || f.contains("target/"));
        List<String> violations = ExternalPathLint.violations(root);
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void shouldFailWhenAFileRefersToTheSharedWorkArea() {
        assertThat(ExternalPathLint.violations("a.java", "x\n * see /work/shared/toolchain.md §3\n", Set.of()))
                .singleElement().asString()
                .startsWith("a.java:2: refers to /work/ outside the repository");
    }

    @Test
    void shouldFailWhenAFileRefersToASiblingOrTheResearchNotes() {
        assertThat(ExternalPathLint.violations("b.md", "copied from ../shared/x.csv", Set.of())).hasSize(1);
        assertThat(ExternalPathLint.violations("c.csv", "1,standard-notes/data/x.csv", Set.of())).hasSize(1);
        assertThat(ExternalPathLint.violations("d.yaml", "source: standards.md §4.5", Set.of())).hasSize(1);
        assertThat(ExternalPathLint.violations("e.txt", "levy-rules.md", Set.of())).hasSize(1);
    }

    @Test
    void shouldAcceptPublicCitationsAndFilesOfTheRepository() {
        String ok = """
                住民記録システム標準仕様書 第1.0版 第3章 §1.3.6, extract GitHub AkihiraYOSHIMOTO/jyuki-stnd doc/j280.txt
                https://www.digital.go.jp/policies/local_governments ; see contracts/README.md and ./work/notes
                """;
        assertThat(ExternalPathLint.violations("ok.md", ok, Set.of())).isEmpty();
        // a note name is fine once the repository has a file of that name
        assertThat(ExternalPathLint.violations("f.md", "see standards.md", Set.of("standards.md"))).isEmpty();
    }

    @Test
    void shouldScanEveryTextFileOfATreeWithoutGitAndSkipIgnoredOnes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve(".gitignore"), "target/\n*.log\ndeploy/local/.run/\n");
        Files.writeString(root.resolve("README.md"), "see /work/shared/standard-notes/README.md\n", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("modules/x/target"));
        Files.writeString(root.resolve("modules/x/target/report.md"), "/work/ in a build output\n");
        Files.writeString(root.resolve("build.log"), "/work/ in a log\n");
        Files.createDirectories(root.resolve("deploy/local/.run"));
        Files.writeString(root.resolve("deploy/local/.run/classpath"), "/work/x.jar\n");
        Files.write(root.resolve("font.ttf"), new byte[] {0, 1, '/', 'w', 'o', 'r', 'k', '/'});
        // a linked work tree has a .git file naming the main repository
        Files.writeString(root.resolve(".git"), "gitdir: /work/main/.git/worktrees/x\n");

        assertThat(Repo.files(root)).containsExactly(".gitignore", "README.md", "font.ttf");
        assertThat(ExternalPathLint.violations(root)).singleElement().asString()
                .startsWith("README.md:1: refers to /work/, standard-notes/ outside the repository");
    }
}
