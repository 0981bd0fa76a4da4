package jp.kikan.jumin.infrastructure.pdf;

import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.KOJINBANGO_HANAKO;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.KOJINBANGO_SMITH;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.KOJINBANGO_TARO;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.TSUJI_IVS;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.YOSHI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPrintModel.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jp.kikan.platform.quarkus.pdf.FontSet;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * Renders fictitious 転出証明書 and checks them with poppler-utils (text, fonts, page images in
 * target/pdf-preview/tenshutsu-*.png for visual review).
 */
class TenshutsuShomeishoPdfRendererTest {

    private static final String HAKKO_BANGO = "R7-転-000042";
    private static final String TENSHUTSUSAKI = "東京都千代田区霞が関二丁目1番2号　霞が関レジデンス305号室";
    private static final String NINSHOBUN = TenshutsuShomeishoPdfRenderer.NINSHOBUN;

    private static TenshutsuShomeishoPdfRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        FontSet fonts;
        try {
            fonts = FontSet.systemDefault();
        } catch (IllegalStateException e) {
            JuminhyoPoppler.skipOrFailInCi("Japanese fonts not installed: " + e.getMessage());
            return;
        }
        renderer = new TenshutsuShomeishoPdfRenderer(fonts);
    }

    private static void assumePoppler() {
        JuminhyoPoppler.assumeAvailable();
    }

    @Test
    void printsHouseholdMovingOutWithCertificationOnce() throws Exception {
        assumePoppler();
        RenderResult result = renderer.renderWithReport(model(false, household()));
        Path pdf = JuminhyoPoppler.write("tenshutsu-household", result.pdf());
        JuminhyoPoppler.png(pdf, "tenshutsu-household");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));
        String all = String.join("\n", pages);

        assertThat(pages).as("a household of four fits on one page").hasSize(1).hasSize(result.pageCount());
        assertThat(all)
                .contains("転出証明書", YOSHI + "田太郎", YOSHI + "田花子", "ヨシダタロウ", "渡邉辻之助",
                        "架空県みなみ市中央一丁目2番3号みなみハイツ101号室", "転出先", squash(TENSHUTSUSAKI),
                        "転出予定年月日", "令和7年4月20日", "届出年月日", "令和7年4月1日", "世帯主",
                        "本籍", "架空県みなみ市中央一丁目2番地", "筆頭者", "住民となった年月日", "住所を定めた年月日",
                        "住民票コード", "10987654321", "個人番号", KOJINBANGO_TARO, KOJINBANGO_HANAKO)
                .doesNotContain("再交付", "の記載を省略しています");
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO, "架空県みなみ市");
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
        assertThat(result.missingGlyphs()).isEmpty();
    }

    @Test
    void reissueIsMarkedInTitle() throws Exception {
        assumePoppler();
        byte[] bytes = renderer.render(model(true, household()));
        Path pdf = JuminhyoPoppler.write("tenshutsu-saikofu", bytes);
        JuminhyoPoppler.png(pdf, "tenshutsu-saikofu");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));
        String all = String.join("\n", pages);

        assertThat(pages.get(0)).startsWith("転出証明書（再交付）住所");
        assertThat(all).contains(YOSHI, squash(TENSHUTSUSAKI));
        // once per page: in the title, then in the continuation header of later pages
        assertThat(count(all, "再交付")).isEqualTo(pages.size());
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO, "架空県みなみ市");
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
    }

    @Test
    void foreignResidentGetsForeignItemsAndNoHonseki() throws Exception {
        assumePoppler();
        Person smith = smith(KOJINBANGO_SMITH);
        Path pdf = JuminhyoPoppler.writeTemp(renderer.render(model(false, List.of(smith))));
        String all = squash(String.join("\n", JuminhyoPoppler.pages(pdf)));

        assertThat(all).contains("SMITHJOHNALEXANDER", "国籍・地域", "アメリカ合衆国", "中長期在留者",
                        "技術・人文知識・国際業務", "AB12345678CD", "2027年3月31日", "在留カード等の番号", KOJINBANGO_SMITH)
                .doesNotContain("本籍", "筆頭者");
    }

    @Test
    void kojinBangoRowOnlyWhenPresent() throws Exception {
        assumePoppler();
        Person withoutNumber = taro(null);
        Path pdf = JuminhyoPoppler.writeTemp(renderer.render(model(false, List.of(withoutNumber))));
        String all = squash(String.join("\n", JuminhyoPoppler.pages(pdf)));

        assertThat(all).contains("住民票コード", "10987654321").doesNotContain("個人番号", KOJINBANGO_TARO);
    }

    @Test
    void manyPersonsSpanPagesWithCertificationOnLastPageOnly() throws Exception {
        assumePoppler();
        List<Person> many = Stream.of(household(), household(), household()).flatMap(List::stream).toList();
        RenderResult result = renderer.renderWithReport(model(false, many));
        Path pdf = JuminhyoPoppler.write("tenshutsu-multi", result.pdf());
        JuminhyoPoppler.png(pdf, "tenshutsu-multi");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));

        assertThat(pages).hasSizeGreaterThan(1).hasSize(result.pageCount());
        assertThat(pages.get(0)).contains("転出証明書", "転出先");
        for (String page : pages.subList(1, pages.size())) {
            assertThat(page).contains("転出証明書（続き）住所架空県みなみ市中央一丁目2番3号");
        }
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO, "架空県みなみ市");
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
    }

    @Test
    void warekiFallsBackToJapaneseChronology() {
        TenshutsuShomeishoPrintModel m = new TenshutsuShomeishoPrintModel("1", LocalDate.of(2025, 4, 1), null,
                false, null, "市長", "どこか", null, null, null, null, List.of(taro(null)));
        assertThat(TenshutsuShomeishoPdfRenderer.wareki(m)).isEqualTo("令和7年4月1日");
    }

    @Test
    void modelRejectsEmptyPersons() {
        assertThatThrownBy(() -> model(false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderReturnsPdfBytes() {
        byte[] pdf = renderer.render(model(false, household()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    // -----------------------------------------------------------------------------------------------
    // fictitious data (架空県みなみ市; all numbers are made up)

    private static TenshutsuShomeishoPrintModel model(boolean saikofu, List<Person> persons) {
        return new TenshutsuShomeishoPrintModel(
                HAKKO_BANGO,
                LocalDate.of(2025, 4, 1),
                "令和7年4月1日",
                saikofu,
                "架空県みなみ市",
                "みなみ市長　山田　太郎",
                "架空県みなみ市中央一丁目2番3号　みなみハイツ101号室",
                YOSHI + "田　太郎",
                TENSHUTSUSAKI,
                "令和7年4月20日",
                "令和7年4月1日",
                persons);
    }

    private static List<Person> household() {
        Person hanako = new Person(YOSHI + "田　花子", "ヨシダ　ハナコ", "昭和52年11月23日", "女", "妻",
                "架空県みなみ市中央一丁目2番地", YOSHI + "田　太郎", "平成24年6月1日", "令和3年10月15日",
                "21098765432", KOJINBANGO_HANAKO, null, null, null, null, null, null);
        Person shinnosuke = new Person("渡邉　" + TSUJI_IVS + "之助", "ワタナベ　ツジノスケ", "平成2年7月7日", "男",
                "縁故者", "架空県ひがし町大字髙田１２３番地", "渡邉　一", "令和5年4月1日", "令和5年4月1日",
                "32109876543", JuminhyoTestData.KOJINBANGO_SHINNOSUKE, null, null, null, null, null, null);
        return List.of(taro(KOJINBANGO_TARO), hanako, shinnosuke, smith(KOJINBANGO_SMITH));
    }

    private static Person taro(String kojinbango) {
        return new Person(YOSHI + "田　太郎", "ヨシダ　タロウ", "昭和50年4月1日", "男", "世帯主",
                "架空県みなみ市中央一丁目2番地", YOSHI + "田　太郎", "平成22年4月1日", "令和3年10月15日",
                "10987654321", kojinbango, null, null, null, null, null, null);
    }

    private static Person smith(String kojinbango) {
        return new Person("SMITH JOHN ALEXANDER", "スミス　ジョン　アレクサンダー", "1990年5月12日", "男", "同居人",
                null, null, "2024年4月1日", "2024年4月1日", "43210987654", kojinbango, "アメリカ合衆国",
                "技術・人文知識・国際業務", "3年", "2027年3月31日", "AB12345678CD", "中長期在留者");
    }

    // -----------------------------------------------------------------------------------------------

    private static void assertCertificationOnlyOnLastPage(List<String> pages) {
        String all = String.join("\n", pages);
        assertThat(count(all, NINSHOBUN)).as("認証文 printed exactly once").isEqualTo(1);
        assertThat(pages.get(pages.size() - 1))
                .contains(NINSHOBUN, "令和7年4月1日", "みなみ市長山田太郎", "公印");
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertThat(page).doesNotContain(NINSHOBUN).doesNotContain("公印");
        }
    }



    /** pdftotext breaks lines at wide gaps, so compare text with all whitespace (incl. U+3000) removed. */
    private static List<String> squash(List<String> pages) {
        return pages.stream().map(TenshutsuShomeishoPdfRendererTest::squash).toList();
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    private static int count(String haystack, String needle) {
        int c = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            c++;
        }
        return c;
    }
}
