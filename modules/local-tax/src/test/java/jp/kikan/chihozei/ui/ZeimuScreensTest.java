package jp.kikan.chihozei.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import jp.kikan.chihozei.application.JuminFeed;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ParameterDocs;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.TestTokens;
import jp.kikan.platform.test.ui.PortalPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 税務課 screens of the staff portal (modules/staff-portal, zeimu/) as a clerk uses them: a real Chromium
 * against the running local tax service, the portal on its own origin (PortalPage). Taxpayers come from the
 * contract-checked resident feed stand-in (ResidentFeedServer), as in FukaTest; the clerk's token is put in
 * sessionStorage as the login would. What the screens show is compared with what the API answers for the same
 * input. Full-page screenshots go to target/ui-screenshots/ (PortalPage: the portal, the browser, the login).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class ZeimuScreensTest extends PortalPage {

    @Override
    protected String serviceId() {
        return "zeimu";
    }

    @Override
    protected String clerkToken() {
        return Api.clerk();
    }

    /** 𠮷 (つちよし, outside the BMP) and 葛 with an ideographic variation selector (IVS, U+E0100). */
    static final String SHIMEI = new String(Character.toChars(0x20BB7)) + "田　葛" + new String(Character.toChars(0xE0100)) + "美";
    static final AtomicInteger SERIAL = new AtomicInteger(3_100_000);
    static final int NENDO = 2026;

    /** 多賀城市: a municipality with parameters whose taxpayers no other service test creates (the 当初賦課 takes them all). */
    static final String TAGAJO = "042099";

    @Inject
    JuminFeed feed;

    @Inject
    jp.kikan.platform.quarkus.job.JobWorkers workers;

    /** A resident of the city since 2020 (so resident on every 賦課期日 the screens offer), through the feed. */
    String resident(String shimei, String kana, boolean shien) throws Exception {
        String a = Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, shimei, kana, "1980-04-01", "jumin", "tennyu",
                "2020-04-01", "2020-04-01");
        ResidentFeedServer.publish(item);
        if (shien) {
            ObjectNode s = item.deepCopy();
            s.put("henko_shubetsu", "shien_sochi");
            s.put("shien_sochi_taisho", true);
            ResidentFeedServer.publish(s);
        }
        feed.consumer().drain();
        return a;
    }

    @Test
    @Tag("fn:kojin-juminzei.keisan")
    @Tag("fn:kojin-juminzei.santei-konkyo")
    void aClerkRunsAShisanAndSeesTheTaxTheApiComputes() {
        page.navigate(ui());
        // only local tax is configured: the menu holds 税務課 alone and opens its first screen
        assertThat(page.locator("#nav")).containsText("税務課");
        assertThat(page.locator("#nav")).not().containsText("住民課");
        assertThat(page.getByTestId("user")).hasText("zeimu1");
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("試算").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("個人住民税の試算");
        assertThat(page.getByLabel("市区町村コード")).hasValue(Api.CITY);

        page.getByLabel("年度").selectOption("2025");
        page.getByLabel(Pattern.compile("^生年月日")).fill("昭和55年4月1日");
        page.getByLabel("給与収入").fill("300万"); // not whole yen: refused at the field, nothing sent
        page.getByLabel("社会保険料", new Page.GetByLabelOptions().setExact(true)).fill("450000");
        page.getByLabel("生計を一にする配偶者がいる").check();
        page.getByLabel("配偶者の生年月日").fill("S57.7.7");
        page.getByLabel("配偶者の合計所得金額").fill("0");
        button("扶養親族を追加").click();
        page.getByLabel("1人目の生年月日").fill("平成20年5月5日");
        page.getByLabel("1人目の同居").check();
        button("扶養親族を追加").click();
        page.getByLabel("2人目の生年月日").fill("2025-03-01"); // born after the income year (令和6年分)
        int before = apiOrigins.size();
        button("試算する").click();
        assertThat(page.locator("[data-field='shunyu.kyuyo_shunyu'] .field-error")).hasText("給与収入は円単位の数字で入力してください（例: 3,000,000）");
        assertThat(apiOrigins).hasSize(before);

        page.getByLabel("給与収入").fill("3,000,000");
        button("試算する").click();
        // the service's refusal lands at the second dependent's 生年月日 (errors[].field fuyo_shinzoku[1].seinengappi)
        Locator birthError = page.locator("[data-field='fuyo_shinzoku[1].seinengappi'] .field-error");
        assertThat(birthError).not().isEmpty();
        assertThat(page.getByLabel("2人目の生年月日")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-field='fuyo_shinzoku[0].seinengappi'] .field-error")).isEmpty();
        shot("01-shisan-error");

        page.getByLabel("2人目の生年月日").fill("令和2年3月3日");
        button("試算する").click();
        Locator nenzeigaku = page.getByTestId("nenzeigaku");
        assertThat(nenzeigaku).isVisible();

        JsonPath api = Api.as(Api.clerk()).body(Map.of("nendo", 2025, "shikuchosonkodo", Api.CITY,
                "honnin", Map.of("seinengappi", "昭和55年4月1日", "shogai_kubun", "nashi", "hitorioya_kubun", "nashi"),
                "shunyu", Map.of("kyuyo_shunyu", 3_000_000), "shiharai", Map.of("shakai_hokenryo", 450_000),
                "haigusha", Map.of("seinengappi", "S57.7.7", "gokei_shotoku", 0, "shogai_kubun", "nashi"),
                "fuyo_shinzoku", List.of(Map.of("seinengappi", "平成20年5月5日", "shogai_kubun", "nashi", "dokyo", true),
                        Map.of("seinengappi", "令和2年3月3日", "shogai_kubun", "nashi"))))
                .post("/v1/kojin-juminzei/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(nenzeigaku).hasText(yen(api.getLong("fuka.nenzeigaku")));
        assertThat(page.locator(".kekka [data-item='kazei_soshotoku_kingaku'] td")).hasText(yen(api.getLong("fuka.kazei_soshotoku_kingaku")));
        assertThat(page.locator(".kekka [data-item='gokei_shotoku_kingaku'] td")).hasText(yen(api.getLong("fuka.shotoku.gokei_shotoku_kingaku")));
        assertThat(page.locator(".kekka table.kibetsu tbody tr")).hasCount(api.getList("futsu_choshu.kibetsu").size());
        assertThat(page.locator(".kekka .konkyo-step")).hasCount(api.getList("fuka.santei_konkyo").size());
        assertThat(page.locator(".kekka")).containsText("市民税");
        assertThat(page.locator(".kekka")).containsText("令和7年6月");
        assertThat(page.locator("main")).not().containsText("null");
        assertThat(page.locator("main")).not().containsText("undefined");
        // which parameter set the 試算 used (ParameterShugo): the shipped values of the city unless a version is loaded
        assertThat(page.getByTestId("parameter-set")).containsText(api.getString("parameter_set.kubun").equals("toroku")
                ? "登録第" + api.getInt("parameter_set.version") + "版" : "規定");
        assertThat(page.getByTestId("parameter-set")).containsText(Api.CITY);
        shot("02-shisan-kekka");
        assertThat(apiOrigins).isNotEmpty().containsOnly(ui().replaceAll("/$", ""));
    }

    @Test
    @Tag("fn:nozeigimusha.shokai")
    @Tag("fn:nozeigimusha.kensaku")
    @Tag("fn:kojin-juminzei.nyuryoku")
    @Tag("fn:kojin-juminzei.kosei")
    void aClerkLooksUpATaxpayerEntersAShinkokuAssessesAndCorrects() throws Exception {
        String a = resident(SHIMEI, "ヨシダ　カツミ", false);
        page.navigate(ui() + "#/zeimu");
        page.getByLabel("年度").selectOption(String.valueOf(NENDO));
        // found by the reading (spaces ignored), then opened from the list
        page.getByLabel("フリガナ").fill("ヨシダ カツミ");
        button("探す").click();
        assertThat(page.getByTestId("kensaku-list").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(a)))
                .hasCount(1);
        assertThat(page.getByTestId("kensaku-list")).containsText(SHIMEI);
        shot("03a-kensaku");
        page.getByTestId("kensaku-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(a)).click();
        // the name exactly as the service holds it: 𠮷 and the IVS intact
        assertThat(page.getByTestId("shokai-shimei")).hasText(SHIMEI);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(SHIMEI);
        assertThat(page.getByTestId("fukakijitsu")).containsText("はい");
        assertThat(page.locator(".details")).containsText("昭和55年4月1日");
        assertThat(page.locator(".person-meta")).containsText("住民");
        shot("03-shokai");
        // 外字 as the clerk sees them, large enough to tell 𠮷 from 吉 and the IVS form of 葛 (03b-shimei.png)
        Locator shimei = page.getByTestId("shokai-shimei");
        shimei.evaluate("e => { e.style.fontSize = '96px'; e.style.lineHeight = '1.3'; }");
        shimei.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("03b-shimei.png")));
        shimei.evaluate("e => { e.style.fontSize = ''; e.style.lineHeight = ''; }");

        tab("申告の入力").click();
        page.getByLabel("給与収入").fill("3000000");
        page.getByLabel("社会保険料", new Page.GetByLabelOptions().setExact(true)).fill("450,000");
        button("申告を保存する").click();
        assertThat(page.getByTestId("shinkoku-success")).containsText("第1版");
        shot("04-shinkoku");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("賦課へ進む")).click();
        button("賦課する").click();
        Locator ok = page.getByTestId("fuka-success");
        assertThat(ok).containsText("当初賦課を記録しました（第1版）");
        JsonPath first = rireki(a);
        assertThat(ok.getByTestId("nenzeigaku")).hasText(yen(first.getLong("versions[0].nenzeigaku")));
        shot("05-fuka-tosho");

        // more salary (a late 給与支払報告書): a new 申告, then the 賦課 asks for the reason of the 更正
        tab("申告の入力").click();
        assertThat(page.getByTestId("shinkoku-prefilled")).containsText("第1版");
        assertThat(page.getByLabel("給与収入")).hasValue("3,000,000");
        page.getByLabel("給与収入").fill("3,500,000");
        button("申告を保存する").click();
        assertThat(page.getByTestId("shinkoku-success")).containsText("第2版");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("賦課（更正）へ進む")).click();
        button("賦課する").click();
        Locator riyu = page.getByLabel("更正の理由");
        assertThat(riyu).isVisible();
        assertThat(page.locator("[data-field='riyu'] .field-error")).containsText("更正の理由");
        shot("06-kosei-riyu");
        riyu.fill("給与支払報告書（訂正）の提出による");
        button("更正する").click();
        ok = page.getByTestId("fuka-success");
        assertThat(ok).containsText("更正を記録しました（第2版）");
        assertThat(ok.getByTestId("kosei-sagaku")).isVisible();
        shot("07-kosei");

        JsonPath both = rireki(a);
        assertThat(both.getList("versions.kubun")).containsExactly("tosho", "kosei");
        assertThat(both.getString("versions[1].riyu")).isEqualTo("給与支払報告書（訂正）の提出による");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("賦課履歴を見る").setExact(false)).click();
        Locator summary = page.getByTestId("rireki-summary");
        assertThat(summary.locator("tbody tr")).hasCount(2);
        assertThat(summary.locator("tr[data-version='1']")).containsText("当初賦課");
        assertThat(summary.locator("tr[data-version='2']")).containsText("更正");
        assertThat(summary.locator("tr[data-version='2']")).containsText("給与支払報告書（訂正）の提出による");
        assertThat(page.getByTestId("nenzeigaku-v1")).hasText(yen(both.getLong("versions[0].nenzeigaku")));
        assertThat(page.getByTestId("nenzeigaku-v2")).hasText(yen(both.getLong("versions[1].nenzeigaku")));
        Locator v2 = page.locator("article.version[data-version='2']");
        assertThat(v2.getByTestId("kosei-sagaku").locator("tbody tr")).hasCount(both.getList("versions[1].kosei_sagaku").size());
        v2.getByTestId("santei-konkyo").locator(":scope > summary").click();
        assertThat(v2.locator(".konkyo-step")).hasCount(both.getList("versions[1].fuka.santei_konkyo").size());
        assertThat(v2.locator(".konkyo-step").first()).isVisible();
        assertThat(page.locator("main")).not().containsText("null");
        shot("08-rireki");

        // the certificate of the 年度 and the notice of each version, as PDFs named by the 発行番号
        page.getByLabel("使用目的・提出先").fill("児童手当の申請");
        Download shomei = page.waitForDownload(() -> button("所得・課税証明書").click());
        assertPdf(shomei, "所得・課税証明書_" + NENDO + "_");
        assertThat(page.getByTestId("shotoku-kazei-success-hakko")).hasText(Pattern.compile("^\\d{8}-\\d{6}$"));
        assertThat(shomei.suggestedFilename()).contains(page.getByTestId("shotoku-kazei-success-hakko").textContent());
        Download tsuchi = page.waitForDownload(() -> v2.getByTestId("nozei-v2").click());
        assertPdf(tsuchi, "納税通知書_" + NENDO + "_第2版_");
        assertThat(v2.getByTestId("nozei-v2-success")).containsText("納税通知書（第2版）を発行しました");
        Download tsuchi1 = page.waitForDownload(() -> page.getByTestId("nozei-v1").click());
        assertPdf(tsuchi1, "納税通知書_" + NENDO + "_第1版_");
        shot("08b-shomei");
    }

    @Test
    @Tag("fn:kojin-juminzei.koteki-nenkin-hokoku")
    void aClerkImportsAKotekiNenkinReportAndTheSameFileIsRefusedAsASalaryReport() throws Exception {
        String a = resident("年金　一郎", "ネンキン　イチロウ", false);
        String stranger = "未突合　年子";
        String csv = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,koteki_nenkin_shunyu,shakai_hokenryo\n"
                + NENDO + ",日本年金機構,,年金　一郎,ネンキン　イチロウ,1980-04-01,架空県みなみ市中央一丁目1番地,2400000,120000\n"
                + NENDO + ",日本年金機構,,\"" + stranger + "\",,1950-02-02,架空県みなみ市中央八丁目" + a + "番地,1800000,90000\n";
        page.navigate(ui());
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("公的年金等支払報告書の取込")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("公的年金等支払報告書の取込");
        assertThat(page.locator("main")).containsText("地方税法第317条の6第4項");
        FilePayload file = new FilePayload("nenkin-" + a + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        page.getByLabel("ファイル（CSV）").setInputFiles(file);
        button("取り込む").click();
        assertThat(page.getByTestId("nenkin-success")).containsText("公的年金等支払報告書として取り込みました");
        assertThat(page.getByTestId("nenkin-gyosu")).hasText("2");
        assertThat(page.getByTestId("nenkin-torikomi")).hasText("2");
        assertThat(page.getByTestId("nenkin-totsugo")).hasText("1");
        assertThat(page.getByTestId("nenkin-mitotsugo")).hasText("1");
        assertThat(page.getByTestId("nenkin-errors")).hasText("0");
        shot("17-nenkin-torikomi");

        page.getByTestId("nenkin-success").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("未突合一覧")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("公的年金等支払報告書の未突合一覧");
        page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(NENDO));
        button("表示").click();
        Locator row = page.getByTestId("mitotsugo").locator("tr", new Locator.LocatorOptions().setHasText(stranger));
        assertThat(row).containsText("1,800,000円");
        assertThat(row).containsText("昭和25年2月2日");
        assertThat(row).containsText("日本年金機構");
        assertThat(page.getByTestId("mitotsugo")).not().containsText("年金　一郎");
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kojin-juminzei/koteki-nenkin-shiharai-hokokusho/mitotsugo")
                .then().statusCode(200).extract().jsonPath();
        assertThat(api.getList("items.shimei", String.class)).contains(stranger);
        shot("18-nenkin-mitotsugo");

        // the same content at the salary import: 409 hokoku-shurui, said at the file field
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("給与支払報告書の取込")).click();
        page.getByLabel("ファイル（CSV）").setInputFiles(file);
        button("取り込む").click();
        Locator error = page.locator("[data-field='csv'] .field-error");
        assertThat(error).containsText("公的年金等支払報告書として取込済み");
        assertThat(error).containsText("nenkin-" + a + ".csv");
        assertThat(page.getByLabel("ファイル（CSV）")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByTestId("kyuyo-success")).hasCount(0);
        shot("19-kyuyo-hokoku-shurui");
    }

    @Test
    @Tag("fn:kojin-juminzei.tokubetsu-choshu")
    void aClerkOpensAnEmployersTokubetsuChoshuNoticeFromTheFuka() throws Exception {
        String a = resident("特徴　一郎", "トクチョウ　イチロウ", false);
        String hogo = resident("特徴　保護子", "トクチョウ　ホゴコ", true);
        String shiteibango = "77" + a.substring(3);
        String meisho = "株式会社みなみ精工";
        String csv = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,kyuyo_shunyu,shakai_hokenryo,"
                + "shokibo_kigyo_kyosai_kakekin,shiteibango,futsu_choshu_riyu\n"
                + NENDO + "," + meisho + ",,特徴　一郎,,1980-04-01,架空県みなみ市中央一丁目1番地,4100000,600000,0," + shiteibango + ",\n"
                + NENDO + "," + meisho + ",,特徴　保護子,,1980-04-01,架空県みなみ市中央一丁目1番地,3300000,480000,0," + shiteibango + ",\n";
        page.navigate(ui() + "#/zeimu/kyuyo-hokoku");
        page.getByLabel("ファイル（CSV）").setInputFiles(new FilePayload("tokucho-" + a + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        button("取り込む").click();
        assertThat(page.getByTestId("kyuyo-totsugo")).hasText("2");
        // the protected employee is assessed by the 支援措置担当 (through the API), the other one on the screen
        Api.command(Api.shien()).body(Map.of("atenabango", hogo, "nendo", NENDO)).post("/v1/kojin-juminzei/fuka").then().statusCode(201);
        page.navigate(ui() + "#/zeimu/" + a + "/" + NENDO + "/fuka");
        button("賦課する").click();
        Locator ok = page.getByTestId("fuka-success");
        assertThat(ok).containsText("当初賦課を記録しました（第1版）");
        assertThat(ok.getByTestId("tokucho-gimusha")).containsText(meisho);
        assertThat(ok.getByTestId("tokucho-gimusha")).containsText("指定番号 " + shiteibango);
        assertThat(ok.getByTestId("kibetsu").locator("tbody tr")).hasCount(12);
        assertThat(ok).containsText("用いた申告: なし（支払報告書による）");
        shot("20-fuka-tokucho");
        tab("賦課履歴").click();
        assertThat(page.locator("article.version[data-version='1']").getByTestId("tokucho-gimusha")).containsText(meisho);

        page.locator("article.version[data-version='1']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("この義務者の特別徴収税額の通知")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("特別徴収税額の通知");
        assertThat(page.getByLabel("特別徴収義務者")).hasValue(shiteibango);
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).queryParam("gimusha", shiteibango)
                .get("/v1/kojin-juminzei/tokubetsu-choshu").then().statusCode(200).extract().jsonPath();
        assertThat(api.getInt("ninzu")).isEqualTo(1);
        assertThat(api.getInt("yokushi_ninzu")).isEqualTo(1);
        assertThat(page.getByTestId("tokucho-meisho")).hasText(meisho);
        assertThat(page.getByTestId("tokucho-shiteibango")).hasText(shiteibango);
        assertThat(page.getByTestId("tokucho-ninzu")).hasText("1 人");
        assertThat(page.getByTestId("tokucho-nenzeigaku-gokei")).hasText(yen(api.getLong("nenzeigaku_gokei")));
        assertThat(page.getByTestId("tokucho-yokushi")).containsText("1 人");
        assertThat(page.getByTestId("tokucho-yokushi")).containsText("支援措置担当");
        Locator table = page.getByTestId("tokucho-table");
        assertThat(table.locator("thead th")).hasCount(3 + 12);
        assertThat(table.locator("thead th").nth(3)).containsText("6月");
        assertThat(table.locator("thead th").nth(14)).containsText("5月");
        Locator person = table.locator("tbody tr[data-atenabango='" + a + "']");
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(person).containsText("特徴　一郎");
        assertThat(table).not().containsText("保護子");
        assertThat(person.getByTestId("tokucho-nenzeigaku")).hasText(yen(api.getLong("jugyoin[0].nenzeigaku")));
        List<String> months = api.getList("tsukibetsu_gokei.nengetsu", String.class);
        assertThat(months).hasSize(12);
        for (int i = 0; i < months.size(); i++) {
            assertThat(person.locator("td[data-nengetsu='" + months.get(i) + "']")).hasText(yen(api.getLong("jugyoin[0].tsukiwari[" + i + "].zeigaku")));
            assertThat(page.getByTestId("tokucho-gokei").locator("td[data-nengetsu='" + months.get(i) + "']"))
                    .hasText(yen(api.getLong("tsukibetsu_gokei[" + i + "].zeigaku")));
        }
        assertThat(page.locator("main")).not().containsText("undefined");
        assertThat(page.locator("main")).not().containsText("null");
        shot("21-tokucho-tsuchi");
        // the same notice as PDF (特別徴収義務者用), saved under the 発行番号
        Download tsuchisho = page.waitForDownload(() -> page.getByTestId("tokucho-tsuchisho").click());
        assertThat(tsuchisho.suggestedFilename()).startsWith("特別徴収税額決定通知書_").endsWith(".pdf");
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(tsuchisho.path()), 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(page.getByTestId("tokucho-tsuchisho-success-hakko")).hasText(Pattern.compile("^\\d{8}-\\d{6}$"));

        // an employer without employees assessed in the 年度: the error at the 義務者 field
        page.getByLabel("特別徴収義務者").fill("存在しない事業所");
        button("表示").click();
        assertThat(page.locator("[data-field='gimusha'] .field-error")).containsText("存在しない事業所");
        assertThat(page.getByLabel("特別徴収義務者")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByTestId("tokucho-table")).hasCount(0);
        shot("22-tokucho-notfound");

        // the employee's 宛名番号 opens the taxpayer's screen
        page.goBack();
        page.getByTestId("tokucho-table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile(a))).click();
        assertThat(page.getByTestId("shokai-shimei")).hasText("特徴　一郎");
    }

    /** 新潟市: its shipped values loaded unchanged as a version (no figure of another test changes). */
    static final String NIIGATA = "151009";

    @Test
    @Tag("fn:kojin-juminzei.parameter-toroku")
    void anAdminLoadsAParameterVersionAndABadFileIsRefusedPathByPath() throws Exception {
        String admin = TestTokens.staff("zeimu-admin-ui", NIIGATA, "zeimu-admin");
        context.addInitScript("sessionStorage.setItem('kikan.session', JSON.stringify({access_token: '" + admin + "'}))");
        page.navigate(ui());
        // パラメータ管理 alone: the clerks' screens are not this user's
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("パラメータ管理");
        assertThat(page.locator("#nav a")).hasCount(1);
        assertThat(page.locator("#nav")).containsText("パラメータ管理");
        JsonPath before = Api.as(admin).get("/v1/kojin-juminzei/parameters/municipalities/" + NIIGATA).then().statusCode(200)
                .extract().jsonPath();
        int next = before.getList("versions").size() + 1;
        assertThat(page.getByTestId("param-shiyochu")).isVisible();
        assertThat(page.locator("main")).not().containsText("null");

        ObjectMapper json = new ObjectMapper();
        Map<String, Object> shipped = ParameterDocs.shipped("municipalities/151009-niigata.yaml");
        Map<String, Object> bad = ParameterDocs.with(shipped, "kyuchi", ParameterDocs.definition("級地", "地方税法第295条第3項", "x", 4));
        page.getByLabel("パラメータのファイル（JSON）").setInputFiles(new FilePayload("niigata-bad.json", "application/json", json.writeValueAsBytes(bad)));
        page.getByLabel("出典").fill("https://www.city.niigata.lg.jp/ (Kikan UI test)");
        button("この版を登録する").click();
        Locator errors = page.getByTestId("param-errors");
        assertThat(errors.locator("tbody tr")).hasCount(1);
        assertThat(errors.locator("tbody tr code")).hasText("parameters.kyuchi.values[0].value");
        assertThat(page.locator("[data-field='document'] .field-error")).containsText("1 件の誤り");
        assertThat(page.getByLabel("パラメータのファイル（JSON）")).hasAttribute("aria-invalid", "true");
        shot("23-parameter-error");

        page.getByLabel("パラメータのファイル（JSON）").setInputFiles(new FilePayload("niigata.json", "application/json", json.writeValueAsBytes(shipped)));
        page.getByLabel("出典").fill("https://www.city.niigata.lg.jp/ (Kikan UI test)");
        button("この版を登録する").click();
        assertThat(page.getByTestId("param-success")).containsText("登録第" + next + "版として登録しました");
        assertThat(page.getByTestId("param-shiyochu")).hasText("登録第" + next + "版");
        JsonPath after = Api.as(admin).get("/v1/kojin-juminzei/parameters/municipalities/" + NIIGATA).then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getInt("version")).isEqualTo(next);
        Locator v = page.getByTestId("param-versions").locator("tr[data-version='" + next + "']");
        assertThat(v).containsText("第" + next + "版");
        assertThat(v).containsText("使用中");
        assertThat(v).containsText("(Kikan UI test)");
        assertThat(v).containsText("zeimu-admin-ui");
        assertThat(page.getByTestId("param-values")).containsText("shitei_toshi");
        assertThat(page.getByTestId("param-values")).containsText("令和3〜8年度");
        assertThat(page.locator("main")).not().containsText("undefined");
        assertThat(page.locator("main")).not().containsText("null");
        shot("24-parameter-loaded");

        // a clerk's screen addressed directly is refused by role, not left to the service's 403
        page.navigate(ui() + "#/zeimu/shisan");
        assertThat(page.getByTestId("route-forbidden")).isVisible();
    }

    private static void assertPdf(Download d, String stem) {
        try {
            byte[] pdf = Files.readAllBytes(d.path());
            assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(d.suggestedFilename()).startsWith(stem).endsWith(".pdf").doesNotContain("hakko");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Tag("fn:kojin-juminzei.kyuyo-hokoku")
    void aClerkImportsAKyuyoShiharaiHokokushoAndSeesTheBadLineAndTheUnmatched() throws Exception {
        String a = resident("給与　太郎", "キュウヨ　タロウ", false);
        String stranger = "未突合　花子"; // nobody of that name: unmatched (the address makes the file's content new)
        String csv = "nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,kyuyo_shunyu,shakai_hokenryo,"
                + "shokibo_kigyo_kyosai_kakekin\n"
                + NENDO + ",株式会社みなみ商事,,給与　太郎,キュウヨ　タロウ,1980-04-01,架空県みなみ市中央一丁目1番地,3200000,420000,0\n"
                + NENDO + ",株式会社みなみ商事,,\"" + stranger + "\",,1991-09-09,架空県みなみ市中央九丁目" + a + "番地,2800000,380000,0\n"
                + NENDO + ",株式会社みなみ商事,,給与　次郎,,1985-05-05,架空県みなみ市中央一丁目1番地,三百万,0,0\n";
        page.navigate(ui());
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("給与支払報告書の取込")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("給与支払報告書の取込");

        // over the contract's size: refused here, nothing sent
        int before = apiOrigins.size();
        page.getByLabel("ファイル（CSV）").setInputFiles(new FilePayload("kyuyo-ookii.csv", "text/csv", new byte[1_100_000]));
        button("取り込む").click();
        assertThat(page.locator("[data-field='csv'] .field-error")).containsText("ファイルが大きすぎます");
        assertThat(apiOrigins).hasSize(before);
        shot("12a-kyuyo-ookii");

        page.getByLabel("ファイル（CSV）").setInputFiles(new FilePayload("kyuyo-" + a + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        button("取り込む").click();
        Locator ok = page.getByTestId("kyuyo-success");
        assertThat(ok).containsText("kyuyo-" + a + ".csv");
        assertThat(page.getByTestId("kyuyo-gyosu")).hasText("3");
        assertThat(page.getByTestId("kyuyo-torikomi")).hasText("2");
        assertThat(page.getByTestId("kyuyo-totsugo")).hasText("1");
        assertThat(page.getByTestId("kyuyo-mitotsugo")).hasText("1");
        Locator bad = page.getByTestId("kyuyo-error-lines").locator("tbody tr");
        assertThat(bad).hasCount(1);
        assertThat(bad.locator("td").nth(0)).hasText("4");
        assertThat(bad.locator("td").nth(1)).hasText("kyuyo_shunyu");
        assertThat(bad.locator("td").nth(2)).not().isEmpty();
        assertThat(page.getByTestId("kyuyo-saisoshin")).hasCount(0);
        shot("12-kyuyo-torikomi");

        // the same file again: the first result, nothing added
        button("取り込む").click();
        assertThat(page.getByTestId("kyuyo-saisoshin")).containsText("同じ内容のファイルは取込済み");
        assertThat(page.getByTestId("kyuyo-torikomi")).hasText("2");

        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("給与の未突合一覧")).click();
        page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(NENDO));
        button("表示").click();
        Locator list = page.getByTestId("mitotsugo");
        assertThat(list).containsText(stranger);
        assertThat(list.locator("tr", new Locator.LocatorOptions().setHasText(stranger))).containsText("2,800,000円");
        assertThat(list.locator("tr", new Locator.LocatorOptions().setHasText(stranger))).containsText("平成3年9月9日");
        assertThat(list).not().containsText("給与　太郎");
        shot("13-kyuyo-mitotsugo");
    }

    @Test
    @Tag("fn:kojin-juminzei.tosho-fuka")
    void aClerkStartsTheToshoFukaAndWatchesItFinish() throws Exception {
        String clerk = Api.clerkOf(TAGAJO);
        context.addInitScript("sessionStorage.setItem('kikan.session', JSON.stringify({access_token: '" + clerk + "'}))");
        String taxed = null;
        for (int i = 0; i < 3; i++) {
            String a = Modulus11.withCheckDigit(String.format("%09d", SERIAL.incrementAndGet()));
            ResidentFeedServer.publish(ResidentFeedServer.jumin(TAGAJO, a, "多賀　" + i, "タガ", "1975-06-0" + (i + 1), "jumin",
                    "tennyu", "2015-04-01", "2015-04-01"));
            taxed = taxed == null ? a : taxed;
        }
        feed.consumer().drain();
        Api.command(clerk).body(Map.of("atenabango", taxed, "nendo", NENDO, "shunyu", Map.of("kyuyo_shunyu", 4_000_000)))
                .post("/v1/kojin-juminzei/shinkoku").then().statusCode(201);

        page.navigate(ui());
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("当初賦課").setExact(true)).click();
        page.getByLabel("年度").selectOption(String.valueOf(NENDO));
        page.getByLabel("分割数").fill("2");
        button("当初賦課を開始する").click();
        Locator progress = page.getByTestId("tosho-progress");
        assertThat(page.getByTestId("tosho-status")).hasText("実行中");
        assertThat(page.getByTestId("tosho-processed")).hasText("0 / 3 人");
        assertThat(progress).containsText("分割数 2");
        String jobId = page.evaluate("location.hash").toString().replace("#/zeimu/tosho-fuka/", "");
        assertThat(jobId).matches("[0-9a-f-]+");
        shot("14-tosho-running");

        // a second job of the 年度 while the first runs: the service's refusal is the message
        button("当初賦課を開始する").click();
        assertThat(page.getByTestId("form-problem")).isVisible();
        JsonPath refusal = Api.as(clerk).body(Map.of("nendo", NENDO)).post("/v1/kojin-juminzei/tosho-fuka").then().statusCode(422)
                .extract().jsonPath();
        assertThat(refusal.getString("code")).isEqualTo("job-running");
        assertThat(page.getByTestId("form-problem")).containsText(refusal.getString("title"));
        shot("15-tosho-running-refused");

        // the test profile runs no workers: this one does the job, the screen sees it finish on its next read
        workers.drain("ui");
        assertThat(page.getByTestId("tosho-status")).hasText("完了");
        JsonPath done = Api.as(clerk).get("/v1/kojin-juminzei/tosho-fuka/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(page.getByTestId("tosho-processed")).hasText(done.getLong("processed") + " / " + done.getLong("total") + " 人");
        for (String k : List.of("assessed", "mishinkoku", "hitaisho", "skipped", "errors")) {
            assertThat(page.getByTestId("tosho-" + k)).hasText(String.valueOf(done.getLong(k)));
        }
        assertThat(done.getLong("total")).isEqualTo(3);
        assertThat(done.getLong("assessed")).isEqualTo(1);
        assertThat(done.getLong("mishinkoku")).isEqualTo(2);
        assertThat(page.getByTestId("tosho-eta")).hasText("なし（完了）");
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
        assertThat(page.locator("main")).not().containsText("undefined");
        page.locator("details.fold > summary").click();
        shot("16-tosho-done");
    }

    @Test
    @Tag("fn:nozeigimusha.shokai")
    void aProtectedTaxpayerIsRefusedWithAClearMessage() throws Exception {
        String a = resident("鬼怒川　静", "キヌガワ　シズカ", true);
        page.navigate(ui() + "#/zeimu/" + a + "/" + NENDO);
        assertThat(page.locator("#banner")).isVisible();
        assertThat(page.getByTestId("shien-detail")).containsText("支援措置");
        assertThat(page.getByTestId("problem")).isVisible();
        assertThat(page.locator("main")).not().containsText("鬼怒川");
        shot("09-shien-refusal");
    }

    @Test
    @Tag("fn:nozeigimusha.jutogai")
    void aClerkRegistersAJutogaishaAndOpensTheirRecord() {
        String shimei = "葛" + new String(Character.toChars(0xE0100)) + "西　花子";
        page.navigate(ui());
        page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("住登外者の登録")).click();
        page.getByLabel("氏名").fill(shimei);
        page.getByLabel("フリガナ").fill("かさい　はなこ"); // ひらがな: refused at the field
        page.getByLabel("生年月日").fill("昭和50年5月5日");
        page.getByLabel("性別").selectOption("2");
        page.getByLabel("住所（他団体）").fill("東京都千代田区霞が関一丁目1番1号");
        page.getByLabel("住登外者として登録する理由").fill("市内に家屋を所有");
        button("登録する").click();
        assertThat(page.locator("[data-field='shimei_furigana'] .field-error")).not().isEmpty();
        assertThat(page.getByLabel("フリガナ")).hasAttribute("aria-invalid", "true");
        shot("10-jutogai-error");

        page.getByLabel("フリガナ").fill("カサイ　ハナコ");
        button("登録する").click();
        String a = page.getByTestId("new-atenabango").textContent().trim();
        assertThat(a).startsWith("8").hasSize(11);
        shot("11-jutogai-ok");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("令和8年度の照会へ")).click();
        assertThat(page.getByTestId("shokai-shimei")).hasText(shimei);
        assertThat(page.locator(".person-meta")).containsText("住登外者");
        Api.as(Api.clerk()).get("/v1/nozeigimusha/" + a).then().statusCode(200)
                .body("shimei", org.hamcrest.Matchers.equalTo(shimei)).body("kubun", org.hamcrest.Matchers.equalTo("jutogai"));
    }

    @Test
    @Tag("fn:kojin-juminzei.kaokushiki-kazei")
    void aClerkRegistersTheHouseOfAJutogaishaAndAssessesTheKintowariAlone() {
        String a = Api.command(Api.clerk()).body(Map.of("shimei", "別荘　持主", "shimei_furigana", "ベッソウ　モチヌシ",
                "seinengappi", "1960-02-02", "jusho", "大阪府大阪市北区梅田1丁目1番1号", "riyu", "市内に別荘を所有"))
                .post("/v1/nozeigimusha/jutogai").then().statusCode(201).extract().jsonPath().getString("atenabango");
        page.navigate(ui() + "#/zeimu/" + a + "/" + NENDO);
        tab("事務所・家屋敷").click();
        assertThat(page.getByTestId("kaokushiki-fukakijitsu")).containsText("有していたものはありません");
        registerKaokushiki("令和8年1月2日");
        // held from 1月2日: not on this 年度's 1月1日 — the screen says so before anyone assesses
        assertThat(page.getByTestId("kaokushiki-list").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("kaokushiki-fukakijitsu")).containsText("有していたものはありません");
        page.getByTestId("kaokushiki-shuryo-1").click();
        page.getByLabel("有しなくなった日").fill("2026-03-31");
        page.getByLabel("終了の理由").fill("登録誤り（取得日の訂正のため）");
        button("終了を記録する").click();
        assertThat(page.getByTestId("kaokushiki-list")).containsText("第2版 登録誤り");
        registerKaokushiki("2019-08-01");
        assertThat(page.getByTestId("kaokushiki-fukakijitsu")).containsText("1件を有しています");
        shot("12-kaokushiki");
        tab("賦課").click();
        assertThat(page.getByTestId("jushochi-jokyo")).isVisible();
        button("賦課する").click();
        Locator ok = page.getByTestId("fuka-success");
        assertThat(ok).containsText("当初賦課を記録しました（第1版）");
        assertThat(ok).containsText("家屋敷課税（均等割のみ");
        JsonPath api = rireki(a);
        assertThat(api.getLong("versions[0].nenzeigaku")).isEqualTo(4000);
        assertThat(ok.getByTestId("nenzeigaku")).hasText(yen(4000));
        shot("13-kaokushiki-fuka");
    }

    /** The 登録 form of the 事務所・家屋敷 tab: a house (別荘) held from {@code kaishibi}. */
    private void registerKaokushiki(String kaishibi) {
        page.getByLabel("種類").selectOption("kaokushiki");
        page.getByLabel("所在地（市内）").fill("みなみ市本町1番地");
        page.getByLabel("有し始めた日").fill(kaishibi);
        page.getByLabel("登録の理由・根拠").fill("固定資産課税台帳の家屋（別荘）");
        button("登録する").click();
    }

    private static JsonPath rireki(String a) {
        return Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kojin-juminzei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
    }
}
