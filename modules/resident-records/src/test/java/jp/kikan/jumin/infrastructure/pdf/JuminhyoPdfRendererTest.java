package jp.kikan.jumin.infrastructure.pdf;

import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.ALL_KOJINBANGO;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.HAKKO_BANGO;
import static jp.kikan.jumin.infrastructure.pdf.JuminhyoTestData.YOSHI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Layout;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Options;
import jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jp.kikan.platform.quarkus.pdf.FontSet;
import jp.kikan.platform.quarkus.pdf.GlyphFallbackText;
import jp.kikan.platform.quarkus.pdf.RenderResult;

/**
 * Renders fictitious 住民票の写し and checks them with poppler-utils (text, fonts, page images in
 * target/pdf-preview/ for visual review).
 */
class JuminhyoPdfRendererTest {

    private static FontSet fonts;
    private static JuminhyoPdfRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        try {
            fonts = FontSet.systemDefault();
        } catch (IllegalStateException e) {
            JuminhyoPoppler.skipOrFailInCi("Japanese fonts not installed: " + e.getMessage());
        }
        renderer = new JuminhyoPdfRenderer(fonts);
    }

    private static void assumePoppler() {
        JuminhyoPoppler.assumeAvailable();
    }

    @Test
    void fontChainCoversMjCharactersAndGeta() {
        assertThat(fonts.fonts()).isNotEmpty();
        assertThat(fonts.fontFor(0x20BB7)).as("𠮷 needs IPAmj明朝 or Noto").isNotNull();
        assertThat(fonts.fontFor(0x9AD9)).as("髙").isNotNull();
        assertThat(fonts.fontFor(0x9089)).as("邉").isNotNull();
        assertThat(fonts.fontFor(FontSet.GETA)).as("〓").isNotNull();
    }

    @Test
    void setaiRenkiWithDefaultOptionsOmitsOptionalItemsAndSaysSo() throws Exception {
        assumePoppler();
        RenderResult result = renderer.renderWithReport(
                JuminhyoTestData.model(Layout.SETAI_RENKI, Options.defaults()));
        Path pdf = JuminhyoPoppler.write("setai-renki-default", result.pdf());
        JuminhyoPoppler.png(pdf, "setai-renki-default");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));
        String all = String.join("\n", pages);

        assertThat(pages).hasSize(result.pageCount());
        assertThat(all)
                .contains("住民票の写し", YOSHI, "髙", "渡邉", "辻", "SMITHJOHNALEXANDER", "アメリカ合衆国",
                        "中長期在留者", "AB12345678CD", "架空県みなみ市中央一丁目2番3号", "みなみハイツ101号室",
                        "転入前住所")
                .contains("世帯主・続柄、本籍・筆頭者、住民票コード、個人番号、異動履歴の記載を省略しています")
                .doesNotContain("中央一丁目2番地", "大字髙田１２３番地", "異動事由", "10987654321", "43210987654", "妻", "同居人");
        for (String kojinbango : ALL_KOJINBANGO) {
            assertThat(all).doesNotContain(kojinbango);
        }
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO);
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);

        assertThat(result.missingGlyphs()).isEmpty();
        assertThat(result.strippedVariationSelectors())
                .extracting(RenderResult.Glyph::codePoint, RenderResult.Glyph::selector)
                .containsOnly(org.assertj.core.groups.Tuple.tuple((int) '辻', 0xE0100));
    }

    @Test
    void setaiRenkiWithHistorySpansPagesAndStillOmitsKojinBango() throws Exception {
        assumePoppler();
        Options options = new Options(true, true, true, false, true);
        RenderResult result = renderer.renderWithReport(
                JuminhyoTestData.model(Layout.SETAI_RENKI, options, twice(JuminhyoTestData.household())));
        Path pdf = JuminhyoPoppler.write("setai-renki-rireki", result.pdf());
        JuminhyoPoppler.png(pdf, "setai-renki-rireki");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));
        String all = String.join("\n", pages);

        assertThat(pages).as("8 members with history do not fit on one page").hasSizeGreaterThan(1);
        assertThat(all)
                .contains("本籍", "筆頭者", "続柄", "世帯主", "住民票コード", "10987654321", "異動履歴",
                        "東京都千代田区霞が関一丁目1番1号から転入")
                .contains("※個人番号の記載を省略しています");
        for (String kojinbango : ALL_KOJINBANGO) {
            assertThat(all).doesNotContain(kojinbango);
        }
        assertThat(all.replaceAll("[^0-9]", "")).doesNotContain(JuminhyoTestData.KOJINBANGO_TARO);
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO);
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
    }

    @Test
    void kojinhyoPrintsOnePersonPerPageWithKojinBangoWhenRequested() throws Exception {
        assumePoppler();
        RenderResult result = renderer.renderWithReport(
                JuminhyoTestData.model(Layout.KOJIN, Options.all()));
        Path pdf = JuminhyoPoppler.write("kojinhyo-all", result.pdf());
        JuminhyoPoppler.png(pdf, "kojinhyo-all");
        List<String> pages = squash(JuminhyoPoppler.pages(pdf));

        assertThat(pages).hasSize(4);
        List<Person> persons = JuminhyoTestData.household();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertThat(page).contains("住民票の写し", "架空県みなみ市中央一丁目2番3号");
            assertThat(page).contains(persons.get(i).kojinbango());
            for (int j = 0; j < persons.size(); j++) {
                if (j != i) {
                    assertThat(page).doesNotContain(persons.get(j).kojinbango());
                }
            }
        }
        String all = String.join("\n", pages);
        assertThat(all).contains(YOSHI, "髙", "本籍", "筆頭者", "個人番号", "住民票コード")
                .doesNotContain("の記載を省略しています");
        // 本籍 is never printed for the foreign resident
        assertThat(pages.get(3)).doesNotContain("本籍", "筆頭者").contains("在留カード等の番号", "須見洲");
        assertCertificationOnlyOnLastPage(pages);
        JuminhyoPoppler.assertFooterOnEveryPage(pages, "発行番号" + HAKKO_BANGO);
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
    }

    @Test
    void characterWithoutAnyGlyphIsPrintedAsGetaAndReported() throws Exception {
        String pua = new String(Character.toChars(0xF0000)); // supplementary private use: no font has it
        Person p = Person.builder("山" + pua + "　一郎").seinengappiWareki("昭和60年1月1日").seibetsu("男").build();
        RenderResult result = renderer.renderWithReport(
                JuminhyoTestData.model(Layout.KOJIN, Options.defaults(), List.of(p)));

        assertThat(result.complete()).isFalse();
        assertThat(result.missingGlyphs()).singleElement()
                .satisfies(g -> assertThat(g.codePoint()).isEqualTo(0xF0000))
                .satisfies(g -> assertThat(g.text()).isEqualTo("山" + pua + "　一郎"));
        if (JuminhyoPoppler.availableOrFailInCi()) {
            Path pdf = JuminhyoPoppler.write("geta", result.pdf());
            assertThat(squash(String.join("", JuminhyoPoppler.pages(pdf)))).contains("山〓一郎");
        }
    }

    @Test
    void characterMissingFromMinchoFontsFallsBackToNotoAndIsEmbedded() throws Exception {
        assumePoppler();
        if (fonts.fontFor(0xAE40) == null) {
            JuminhyoPoppler.skipOrFailInCi("no font with Hangul installed (Noto Sans CJK has it: fonts-noto-cjk)");
        }
        Person kim = Person.builder("金　김민수").shimeiFurigana("キム　ミンス").seinengappiWareki("1988年2月3日")
                .seibetsu("男").kokusekiChiiki("韓国").tsusho("金田　民洙").build();
        RenderResult result = renderer.renderWithReport(
                JuminhyoTestData.model(Layout.KOJIN, Options.defaults(), List.of(kim)));
        Path pdf = JuminhyoPoppler.write("fallback-noto", result.pdf());

        assertThat(result.missingGlyphs()).isEmpty();
        assertThat(squash(String.join("", JuminhyoPoppler.pages(pdf)))).contains("金김민수", "金田民洙");
        assertThat(JuminhyoPoppler.fonts(pdf)).contains("IPAmjMincho", "NotoSansCJK");
        JuminhyoPoppler.assertAllFontsEmbedded(pdf);
    }

    @Test
    void concurrentRendersWithSharedFontSetAreIndependent() throws Exception {
        assumePoppler();
        JuminhyoPrintModel model = JuminhyoTestData.model(Layout.SETAI_RENKI, Options.all());
        String expected = String.join("\f", JuminhyoPoppler.pages(
                JuminhyoPoppler.writeTemp(renderer.render(model))));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> renderer.render(model)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Path pdf = JuminhyoPoppler.writeTemp(futures.get(i).get());
                assertThat(String.join("\f", JuminhyoPoppler.pages(pdf))).isEqualTo(expected);
                JuminhyoPoppler.assertAllFontsEmbedded(pdf);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void glyphReportDescribesSelectorWithoutBase() {
        var g = new RenderResult.Glyph(-1, 0xE0100, "x");
        assertThat(g.describe()).contains("U+E0100");
        GlyphFallbackText t = new GlyphFallbackText(fonts);
        t.phrase(new String(Character.toChars(0xE0100)) + "辻", 10f);
        assertThat(t.stripped()).singleElement().satisfies(s -> assertThat(s.codePoint()).isEqualTo(-1));
    }

    @Test
    void renderReturnsPdfBytes() {
        byte[] pdf = renderer.render(JuminhyoTestData.model(Layout.SETAI_RENKI, Options.defaults()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void warekiFallsBackToJapaneseChronology() {
        JuminhyoPrintModel m = new JuminhyoPrintModel("1", java.time.LocalDate.of(2025, 4, 1), null,
                Layout.KOJIN, null, "市長", new JuminhyoPrintModel.Address("どこか", null), null,
                List.of(Person.builder("山田").build()), null);
        assertThat(JuminhyoPdfRenderer.wareki(m)).isEqualTo("令和7年4月1日");
        assertThat(m.options()).isEqualTo(Options.defaults());
    }

    @Test
    void modelRejectsEmptyPersons() {
        assertThatThrownBy(() -> JuminhyoTestData.model(Layout.KOJIN, Options.defaults(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void variationSelectorsAreStripped() {
        assertThat(GlyphFallbackText.stripVariationSelectors(JuminhyoTestData.TSUJI_IVS + "葛\uFE00")).isEqualTo("辻葛");
    }

    // -----------------------------------------------------------------------------------------------

    private static List<Person> twice(List<Person> persons) {
        return java.util.stream.Stream.concat(persons.stream(), persons.stream()).toList();
    }

    private static void assertCertificationOnlyOnLastPage(List<String> pages) {
        String all = String.join("\n", pages);
        assertThat(count(all, JuminhyoPdfRenderer.NINSHOBUN)).as("認証文 printed exactly once").isEqualTo(1);
        assertThat(pages.get(pages.size() - 1))
                .contains(JuminhyoPdfRenderer.NINSHOBUN, "令和7年4月1日", "みなみ市長山田太郎", "公印");
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertThat(page).doesNotContain(JuminhyoPdfRenderer.NINSHOBUN).doesNotContain("公印");
        }
    }



    /**
     * pdftotext breaks lines at wide gaps (full-width spaces, spaced-out titles), so compare text with all
     * whitespace (incl. U+3000) removed.
     */
    private static List<String> squash(List<String> pages) {
        return pages.stream().map(JuminhyoPdfRendererTest::squash).toList();
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
