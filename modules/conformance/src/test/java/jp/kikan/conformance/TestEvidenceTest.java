package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which tagged tests count as evidence, read from surefire report fixtures ({@code src/test/resources/evidence},
 * see its README) for the test source {@code TennyuTest.java.txt}.
 */
class TestEvidenceTest {

    private static final String CLS = "jp.kikan.fixture.TennyuTest";

    static Path fixtures() {
        try {
            return Path.of(TestEvidenceTest.class.getResource("/evidence").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<TestEvidence.TaggedTest> tags() throws IOException {
        Path src = fixtures().resolve("TennyuTest.java.txt");
        return TestEvidence.scanFile(src, Files.readString(src, StandardCharsets.UTF_8));
    }

    static TestEvidence.TaggedTest tag(String feature) throws IOException {
        return tags().stream().filter(t -> t.feature().equals(feature)).findFirst().orElseThrow();
    }

    static TestEvidence.Evidence evidence(String feature, String reports) throws IOException {
        return TestEvidence.evidence(tag(feature), TestEvidence.surefire(fixtures().resolve(reports)));
    }

    @Test
    void scannerFindsTagsTestsAndNestedClassesButNothingInStringsOrComments() throws IOException {
        assertThat(tags()).extracting(TestEvidence.TaggedTest::feature, TestEvidence.TaggedTest::className,
                        TestEvidence.TaggedTest::method)
                .containsExactly(
                        tuple("ido.tennyu", CLS, "*"),
                        tuple("records.numbering", CLS, "tennyuCreatesResident"),
                        tuple("search.kana", CLS, "kanaIsFolded"),
                        tuple("ido.tennyu.kokugai", CLS + "$Kokugai", "kokugaiTennyu"));
        // the class-level tag stands for every test of the class and its nested class, not for helpers
        assertThat(tag("ido.tennyu").testMethods()).containsExactly(CLS + "#tennyuCreatesResident",
                CLS + "#kanaIsFolded", CLS + "$Kokugai#kokugaiTennyu", CLS + "$Kokugai#kokugaiNeedsDate",
                CLS + "#tennyuRefusesFutureDate");
        assertThat(tag("records.numbering").testMethods()).containsExactly(CLS + "#tennyuCreatesResident");
    }

    @Test
    void shouldCountAClassLevelTagAsPassedWhenEveryTestOfTheClassPassed() throws IOException {
        TestEvidence.Evidence e = evidence("ido.tennyu", "all-passed");
        assertThat(e.passed()).as(e.status()).isTrue();
        assertThat(e.status()).isEqualTo("passed (6)");
    }

    @Test
    void shouldNotCountAClassLevelTagWhenOneTestOfTheClassWasSkipped() throws IOException {
        // before: one passing test was enough as long as nothing failed ("passed (5)")
        TestEvidence.Evidence e = evidence("ido.tennyu", "one-skipped");
        assertThat(e.passed()).isFalse();
        assertThat(e.failed()).isFalse();
        assertThat(e.status()).isEqualTo("INCOMPLETE (5 passed, 1 skipped)");
    }

    @Test
    void shouldNotCountAClassLevelTagWhenOnlyOneTestOfTheClassWasRun() throws IOException {
        // a report left by -Dtest=TennyuTest#tennyuCreatesResident holds one passing test and nothing else
        TestEvidence.Evidence e = evidence("ido.tennyu", "single-method");
        assertThat(e.passed()).isFalse();
        assertThat(e.status()).startsWith("INCOMPLETE (1 passed, not run: TennyuTest#kanaIsFolded, "
                + "TennyuTest$Kokugai#kokugaiTennyu, TennyuTest$Kokugai#kokugaiNeedsDate, "
                + "TennyuTest#tennyuRefusesFutureDate)");
    }

    @Test
    void shouldFailAClassLevelTagWhenOneTestOfTheClassFailed() throws IOException {
        TestEvidence.Evidence e = evidence("ido.tennyu", "one-failed");
        assertThat(e.passed()).isFalse();
        assertThat(e.failed()).isTrue();
        assertThat(e.status()).isEqualTo("FAILED {passed=5, failed=1}");
    }

    @Test
    void shouldCountAMethodLevelTagByItsOwnTestOnly() throws IOException {
        // another test of the class failed or was skipped: the tagged method itself passed
        for (String reports : List.of("one-failed", "one-skipped", "single-method")) {
            TestEvidence.Evidence e = evidence("records.numbering", reports);
            assertThat(e.passed()).as(reports + ": " + e.status()).isTrue();
            assertThat(e.status()).isEqualTo("passed (1)");
        }
        assertThat(evidence("ido.tennyu.kokugai", "one-skipped").passed()).isTrue();
        assertThat(evidence("search.kana", "single-method").status()).isEqualTo("not run");
    }

    @Test
    void shouldNotCountAMethodLevelTagWhenOneInvocationWasSkipped() throws IOException {
        TestEvidence.Evidence e = evidence("search.kana", "invocation-skipped");
        assertThat(e.passed()).isFalse();
        assertThat(e.status()).isEqualTo("INCOMPLETE (1 passed, 1 skipped)");
        assertThat(evidence("search.kana", "all-passed").status()).isEqualTo("passed (2)");
    }

    @Test
    void shouldNotTakeAMethodOfTheSameNameInAnotherClassAsTheTaggedOne() {
        var tagged = new TestEvidence.TaggedTest("f", CLS, "check", Path.of("x"), List.of(CLS + "#check"));
        var results = List.of(new TestEvidence.CaseResult(CLS + "$Kokugai", "check", "passed", null));
        assertThat(TestEvidence.evidence(tagged, results).status()).isEqualTo("not run");
    }

    /** The report's count of 実装必須 functions with passing evidence follows the same rules. */
    @Test
    void reportCountsAFunctionOnlyWhenItsClassLevelEvidenceIsComplete(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("contracts"));
        Path spec = Files.createDirectories(root.resolve("standard-specs/fixture"));
        Files.writeString(spec.resolve("functions.csv"), """
                function_id,section,name_ja,class,spec_document,spec_version,source,kikan_feature
                unknown,1.1,転入,実装必須,doc,v1,fixture,ido.tennyu
                unknown,1.2,番号,実装必須,doc,v1,fixture,records.numbering
                """, StandardCharsets.UTF_8);
        Path src = Files.createDirectories(root.resolve("modules/fixture/src/test/java/jp/kikan/fixture"));
        Files.copy(fixtures().resolve("TennyuTest.java.txt"), src.resolve("TennyuTest.java"));
        Path reports = Files.createDirectories(root.resolve("modules/fixture/target/surefire-reports"));
        try (InputStream in = Files.newInputStream(fixtures().resolve("one-skipped/TEST-" + CLS + ".xml"))) {
            Files.copy(in, reports.resolve("TEST-" + CLS + ".xml"));
        }

        String md = ConformanceReport.render(root);

        assertThat(md).contains("実装必須: 2 rows; with a contract operation: 0; with passing tagged tests (none failing): 1.")
                .contains("`TennyuTest (all tests)` INCOMPLETE (5 passed, 1 skipped)")
                .contains("`TennyuTest#tennyuCreatesResident` passed (1)");
    }
}
