package jp.kikan.chihozei.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import jp.kikan.chihozei.support.Api;
import jp.kikan.chihozei.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.ui.PortalPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 税務課 screens of 固定資産税・都市計画税 and 軽自動車税（種別割） (modules/staff-portal zeimu/kotei-*.js, kei-*.js) as a
 * clerk uses them: a real Chromium against the running local tax service, the portal on its own origin (PortalPage).
 * Owners are 住登外者 registered through the API; the parcel, the house and the vehicle are entered on the screens, and
 * what the screens show of the 賦課 is compared with what the API answers. Screenshots: target/ui-screenshots/k*.png.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
class KoteishisanScreensTest extends PortalPage {

    static final int NENDO = 2026;
    static final AtomicInteger SEQ = new AtomicInteger(500);

    @Override
    protected String serviceId() {
        return "zeimu";
    }

    @Override
    protected String clerkToken() {
        return Api.clerk();
    }

    /** An owner who lives elsewhere (住登外者), as the register's owners often do. */
    static String owner(String shimei, String kana) {
        return Api.command(Api.clerk()).body(Map.of("shimei", shimei, "shimei_furigana", kana, "seinengappi", "1970-01-01",
                "jusho", "東京都千代田区一番町" + SEQ.incrementAndGet(), "riyu", "市内に資産を所有")).post("/v1/nozeigimusha/jutogai")
                .then().statusCode(201).extract().jsonPath().getString("atenabango");
    }

    private Locator label(String text) {
        // the label's text (no regex characters in these), maybe followed by the 必須 mark
        return page.getByLabel(Pattern.compile("^" + text + "(必須)?$"));
    }

    private Locator nav(String name) {
        return page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    @Tag("fn:koteishisanzei.daicho")
    @Tag("fn:koteishisanzei.keisan")
    @Tag("fn:koteishisanzei.santei-konkyo")
    @Tag("fn:koteishisanzei.kazei-meisaisho")
    @Tag("fn:koteishisanzei.kosei")
    void aClerkRegistersAParcelAndAHouseAssessesTheOwnerAndIssuesTheKazeiMeisaisho() throws Exception {
        String a = owner("固定　資子", "コテイ　シコ");
        int n = SEQ.incrementAndGet();
        page.navigate(ui());
        nav("土地の登録").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("土地の登録");
        label("異動日").fill("令和7年4月1日");
        label("所在").fill("みなみ市本町" + n + "丁目");
        label("地番").fill("12番3");
        label("地目（現況）").selectOption("宅地");
        label("地目（登記）").selectOption("宅地");
        label("地積").fill("165.2x"); // no number: refused at the field, nothing sent
        label("評価額").fill("12,000,000");
        label("課税上の区分").selectOption("jutaku-yochi");
        label("住宅の戸数").fill("1");
        label("住宅の床面積").fill("120");
        label("1人目の宛名番号").fill(a);
        int before = apiOrigins.size();
        button("登録する").click();
        assertThat(page.locator("[data-field='chiseki'] .field-error")).containsText("地積は数字");
        assertThat(apiOrigins).hasSize(before);
        label("地積").fill("165.29");
        shot("k01-tochi-toroku");
        button("登録する").click();
        assertThat(page.getByTestId("tochi-toroku-success")).containsText("第1版を記録しました");
        String tochiId = page.getByTestId("tochi-id").textContent();
        assertThat(tochiId).matches("T\\d{9}");

        nav("家屋の登録").click();
        label("異動日").fill("令和6年7月1日");
        label("異動事由").fill("新築");
        label("所在").fill("みなみ市本町" + n + "丁目12番地3");
        label("家屋番号").fill("12番3");
        label("種類").fill("居宅");
        label("構造").fill("木造");
        label("床面積").fill("130");
        label("居住部分の床面積").fill("130");
        label("建築（新築）年月日").fill("令和6年6月1日");
        label("階数（地上）").fill("2");
        label("評価額").fill("9,000,000");
        label("1人目の宛名番号").fill(a);
        button("登録する").click();
        assertThat(page.getByTestId("kaoku-toroku-success")).containsText("第1版を記録しました");
        String kaokuId = page.getByTestId("kaoku-id").textContent();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("家屋の照会へ")).click();
        Locator versions = page.getByTestId("kaoku-versions");
        assertThat(versions.locator("tbody tr")).hasCount(1);
        assertThat(versions).containsText("令和6年7月1日");
        assertThat(versions).containsText("9,000,000円");
        assertThat(versions).containsText(a);
        shot("k02-kaoku-shokai");

        page.navigate(ui() + "#/zeimu/kotei/shoyu/" + a + "/" + NENDO);
        assertThat(page.getByTestId("shoyu-tochi")).containsText(tochiId);
        assertThat(page.getByTestId("shoyu-kaoku")).containsText(kaokuId);
        shot("k03-shoyu");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この納税義務者に賦課する")).click();
        button("賦課する").click();
        Locator ok = page.getByTestId("kotei-fuka-success");
        assertThat(ok).containsText("当初賦課を記録しました（第1版）");
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/koteishisanzei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
        String v1 = "nozeigimusha[0].versions[0]";
        assertThat(ok.getByTestId("nenzeigaku")).hasText(yen(api.getLong(v1 + ".nenzeigaku")));
        assertThat(ok.locator("[data-tochi='" + tochiId + "'] [data-item='kotei']"))
                .hasText(yen(api.getLong(v1 + ".fuka.tochi[0].kotei_jutaku") + api.getLong(v1 + ".fuka.tochi[0].kotei_hijutaku")));
        assertThat(ok.locator("[data-kaoku='" + kaokuId + "'] [data-item='shinchiku_gengaku']"))
                .hasText(yen(api.getLong(v1 + ".fuka.kaoku[0].shinchiku_gengaku")));
        assertThat(ok.getByTestId("kibetsu").locator("tbody tr")).hasCount(api.getList(v1 + ".fuka.kibetsu").size());
        assertThat(ok.locator(".konkyo-step")).hasCount(api.getList(v1 + ".fuka.santei_konkyo").size());
        assertThat(ok.getByTestId("kotei-menzeiten")).containsText("課税");
        assertThat(page.locator("main")).not().containsText("undefined");
        assertThat(page.locator("main")).not().containsText("null");
        shot("k04-kotei-fuka");

        // the second 賦課 of the 年度 is a 更正: its reason asked for, the difference shown
        page.navigate(ui() + "#/zeimu/kotei/shoyu/" + a + "/" + NENDO);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この納税義務者に賦課する")).click();
        button("賦課する").click();
        assertThat(page.getByLabel("更正の理由")).isVisible();
        page.getByLabel("更正の理由").fill("家屋の評価額の確認による");
        button("更正する").click();
        assertThat(page.getByTestId("kotei-fuka-success")).containsText("更正を記録しました（第2版）");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^賦課履歴・証明書へ"))).click();
        Locator summary = page.getByTestId("kotei-rireki-summary");
        assertThat(summary.locator("tbody tr")).hasCount(2);
        assertThat(summary.locator("tr[data-version='2']")).containsText("家屋の評価額の確認による");
        page.getByLabel("使用目的・提出先").fill("金融機関への提出");
        Download pdf = page.waitForDownload(() -> page.getByTestId("shomei-kazei-meisaisho").click());
        assertPdf(pdf, "納税通知書課税明細書_" + NENDO + "_");
        assertThat(page.getByTestId("shomei-kazei-meisaisho-success-hakko")).not().isEmpty();
        String text = pdfText(pdf);
        assertThat(text).contains("課税明細書");
        shot("k05-kotei-rireki");
    }

    @Test
    @Tag("fn:keijidoshazei.sharyo-toroku")
    @Tag("fn:keijidoshazei.sharyo-shokai")
    @Tag("fn:keijidoshazei.keisan")
    @Tag("fn:keijidoshazei.nozei-tsuchisho")
    void aClerkRegistersAVehicleAndAssessesItsOwner() throws Exception {
        String a = owner("軽自　動子", "ケイジ　ドウコ");
        String bango = "みなみ 580 あ " + (2000 + SEQ.incrementAndGet());
        page.navigate(ui());
        nav("軽自動車等の登録").click();
        label("標識番号（ナンバー）").fill(bango);
        label("車種区分").selectOption("yonrin_joyo_jikayo");
        label("初度検査年月").fill("2016-05");
        label("燃料の種類").selectOption("gasoline");
        label("所有者の宛名番号").fill(a);
        label("異動日（登録の効力日）").fill("令和7年5月1日");
        shot("k06-sharyo-toroku");
        button("登録する").click();
        assertThat(page.getByTestId("sharyo-success")).containsText("登録を記録しました");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("車両の照会へ")).click();
        assertThat(page.getByTestId("sharyo-rireki").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("sharyo-rireki")).containsText("軽自動車（四輪・乗用・自家用）");
        shot("k07-sharyo-shokai");

        page.navigate(ui() + "#/zeimu/kei/fuka/" + a + "/" + NENDO);
        button("賦課する").click();
        assertThat(page.getByTestId("kei-fuka-success")).containsText("当初賦課を記録しました（第1版）");
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/keijidoshazei/fuka/" + a).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getByTestId("kei-nenzeigaku")).hasText(yen(api.getLong("versions[0].nenzeigaku")));
        assertThat(page.getByTestId("kei-rireki-summary").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("kei-zeigaku-gaku")).hasText(yen(api.getLong("versions[0].sharyo[0].zeigaku.zeigaku")));
        assertThat(page.locator("main")).not().containsText("undefined");
        shot("k08-kei-fuka");
        Download pdf = page.waitForDownload(() -> page.getByTestId("kei-nozei-v1").click());
        assertPdf(pdf, "軽自動車税納税通知書_" + NENDO + "_第1版_");
    }

    @Test
    @Tag("fn:nozeigimusha.hojin")
    @Tag("fn:koteishisanzei.shokyaku-shinkoku")
    void aClerkRegistersAHojinAndEntersItsShokyakuShinkoku() throws Exception {
        // a 会社法人等番号 of this run, its check digit in front; the screen refuses a slip of the first digit itself
        String bango = jp.kikan.platform.checkdigit.HojinBango.withCheckDigit(String.format("010001%06d", 900_000 + SEQ.incrementAndGet()));
        String wrong = (bango.charAt(0) == '9' ? "1" : String.valueOf(bango.charAt(0) - '0' + 1)) + bango.substring(1);
        page.navigate(ui());
        nav("法人の登録").click();
        label("法人番号").fill(wrong);
        label("商号又は名称").fill("株式会社髙島屋製作所");
        label("名称フリガナ").fill("カブシキガイシャタカシマヤセイサクショ");
        label("本店又は主たる事務所の所在地").fill("東京都港区芝公園一丁目1番1号");
        label("登録の理由").fill("市内に償却資産を所有");
        int before = apiOrigins.size();
        button("登録する").click();
        assertThat(page.locator("[data-field='hojin_bango'] .field-error")).containsText("検査用数字");
        assertThat(apiOrigins).hasSize(before);
        label("法人番号").fill(bango);
        button("登録する").click();
        assertThat(page.getByTestId("hojin-success")).containsText("法人番号 " + bango);
        String a = page.getByTestId("new-atenabango").textContent();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("令和8年度の償却資産申告へ")).click();
        assertThat(page.getByTestId("shokyaku-kettei")).containsText("申告はまだありません");

        // 令和8年度: 400,000円 5年 of 2020-06 → 32,610円; 3,000,000円 20年 of 2023-03 → 2,835,000 → 2,525,985 → 2,250,652円
        label("1行目の種類").selectOption("2");
        label("1行目の名称等").fill("旋盤");
        label("1行目の取得年月").fill("2020-06");
        label("1行目の取得価額").fill("400000");
        label("1行目の耐用年数").fill("5");
        button("資産を追加").click();
        label("2行目の種類").selectOption("1");
        label("2行目の名称等").fill("舗装路面");
        label("2行目の取得年月").fill("2026-03"); // after the 賦課期日: refused at its cell
        label("2行目の取得価額").fill("3,000,000");
        label("2行目の耐用年数").fill("20");
        button("申告を受け付ける").click();
        assertThat(page.locator("[data-field='shisan[1].shutoku_nengetsu'] .field-error")).containsText("賦課期日");
        label("2行目の取得年月").fill("2023-03");
        button("申告を受け付ける").click();
        assertThat(page.getByTestId("shokyaku-list").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("shokyaku-gokei")).hasText(yen(2_283_262));
        assertThat(page.getByTestId("shokyaku-kettei")).containsText("免税点（150万円）以上");
        assertThat(page.locator("main")).not().containsText("undefined");
        shot("k09-shokyaku-shinkoku");
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/koteishisanzei/shokyaku-shinkoku/" + a).then()
                .statusCode(200).extract().jsonPath();
        assertThat(api.getList("versions[0].shisan.hyokagaku", Long.class)).containsExactly(32_610L, 2_250_652L);
        assertThat(api.getString("versions[0].shisan[1].meisho")).isEqualTo("舗装路面");

        // the next 申告 of the 年度 is a 修正申告: its reason is asked for
        // the 修正申告 starts from the lines in force: the clerk removes the 構築物
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("修正申告の入力"))).isVisible();
        assertThat(label("2行目の名称等")).hasValue("舗装路面");
        assertThat(label("2行目の取得価額")).hasValue("3,000,000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2行目を削除")).click();
        assertThat(label("1行目の名称等")).hasValue("旋盤");
        button("修正申告を受け付ける").click();
        assertThat(page.locator("[data-field='riyu'] .field-error")).containsText("理由");
        label("修正申告の理由").fill("舗装路面は前年に除却済み");
        button("修正申告を受け付ける").click();
        assertThat(page.getByTestId("shokyaku-version-2")).containsText("修正申告");
        assertThat(page.getByTestId("shokyaku-gokei")).hasText(yen(32_610));
        assertThat(page.getByTestId("shokyaku-kettei")).containsText("免税点（150万円）未満");
        shot("k10-shokyaku-shusei");
    }

    @Inject
    jp.kikan.chihozei.application.JuminFeed feed;

    @Test
    @Tag("fn:nozeigimusha.sozokunin-daihyosha")
    void aClerkNamesTheRepresentativeOfTheHeirsOfADeceasedTaxpayer() throws Exception {
        String shibo = jp.kikan.platform.checkdigit.Modulus11.withCheckDigit(String.format("%09d", 7_700 + SEQ.incrementAndGet()));
        com.fasterxml.jackson.databind.node.ObjectNode item = ResidentFeedServer.jumin(Api.CITY, shibo, "画面　故人", "ガメン　コジン",
                "1940-02-02", "jumin", "tennyu", "2010-04-01", "2010-04-01");
        ResidentFeedServer.publish(item);
        com.fasterxml.jackson.databind.node.ObjectNode died = item.deepCopy();
        died.put("rirekibango", 2);
        died.put("jumin_jotai", "shibo");
        died.put("idojiyu", "shibo");
        died.put("idonengappi", "2026-02-10");
        died.put("shorinengappi", "2026-02-10");
        ResidentFeedServer.publish(died);
        feed.consumer().drain();
        String heir = owner("画面　相続", "ガメン　ソウゾク");
        page.navigate(ui() + "#/zeimu/" + shibo + "/" + NENDO);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("相続人代表者")).click();
        assertThat(page.getByTestId("sozoku-daihyosha")).containsText("まだ指定がありません");
        label("相続人代表者の宛名番号").fill(heir);
        label("区分").selectOption("todokede");
        label("届出日・指定日").fill("令和8年3月1日");
        label("理由・備考").fill("相続人代表者指定届の受理");
        button("指定する").click();
        assertThat(page.getByTestId("sozoku-daihyosha")).containsText(heir);
        assertThat(page.getByTestId("sozoku-rireki").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("sozoku-rireki")).containsText("相続人からの届出");
        shot("k11-sozokunin-daihyosha");
        // a living person's record has no such tab
        page.navigate(ui() + "#/zeimu/" + heir + "/" + NENDO);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("相続人代表者"))).hasCount(0);
    }

    private static void assertPdf(Download d, String stem) throws Exception {
        byte[] pdf = Files.readAllBytes(d.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(d.suggestedFilename()).startsWith(stem).endsWith(".pdf");
    }

    /** The text of the PDF (poppler's pdftotext), to see that it is the document asked for. */
    private static String pdfText(Download d) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", d.path().toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
