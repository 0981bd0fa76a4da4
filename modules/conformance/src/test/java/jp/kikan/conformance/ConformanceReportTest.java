package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {

    @Test
    void reportListsEveryMandatoryFunction(@TempDir Path tmp) throws Exception {
        Path root = Repo.findRoot();
        Path out = tmp.resolve("conformance-report.md");
        ConformanceReport.main(new String[] {out.toString()});
        String md = Files.readString(out);

        List<StandardSpec.Function> mandatory = StandardSpec.loadAll(root).values().stream()
                .flatMap(s -> s.functions().stream())
                .filter(f -> StandardSpec.MANDATORY.equals(f.functionClass()))
                .toList();
        assertThat(mandatory).isNotEmpty();
        for (StandardSpec.Function f : mandatory) {
            assertThat(md).as(f.key()).contains("| " + f.key() + " | ").contains("`" + f.kikanFeature() + "`");
        }
        assertThat(md).contains("## Service `resident-records`").contains("### Data items")
                .contains("## Contract compatibility gate");
    }

    @Test
    void tagConventionIsRecognised() {
        String src = """
                package jp.kikan.residentrecords;

                import org.junit.jupiter.api.Tag;

                @Tag("fn:renkei.feed")
                class TennyuTest {

                    @Test
                    @Tag("fn:ido.tennyu")
                    @Tag("fn:ido.tennyu.saitennyu")
                    void tennyuCreatesResident() {
                        // a class here: not a declaration
                    }

                    @Nested
                    class Kokugai {
                        @Test @Tag("fn:ido.tennyu") void kokugaiTennyu() {}
                    }
                }
                """;
        var tags = TestEvidence.scanFile(Path.of("TennyuTest.java"), src);
        assertThat(tags).extracting(TestEvidence.TaggedTest::feature, TestEvidence.TaggedTest::className,
                        TestEvidence.TaggedTest::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("renkei.feed", "jp.kikan.residentrecords.TennyuTest", "*"),
                        org.assertj.core.groups.Tuple.tuple("ido.tennyu", "jp.kikan.residentrecords.TennyuTest", "tennyuCreatesResident"),
                        org.assertj.core.groups.Tuple.tuple("ido.tennyu.saitennyu", "jp.kikan.residentrecords.TennyuTest", "tennyuCreatesResident"),
                        org.assertj.core.groups.Tuple.tuple("ido.tennyu", "jp.kikan.residentrecords.TennyuTest$Kokugai", "kokugaiTennyu"));
        assertThat(TestEvidence.methodName("tennyuCreatesResident()")).isEqualTo("tennyuCreatesResident");
        assertThat(TestEvidence.methodName("kokugai(String)[2]")).isEqualTo("kokugai");
    }
}
