package jp.kikan.kaigo.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.application.JuminFeed;
import jp.kikan.kaigo.support.Api;
import jp.kikan.kaigo.support.IncomeServer;
import jp.kikan.kaigo.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.ui.PortalPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 介護保険課 screens of the staff portal (modules/staff-portal, kaigo/) as a clerk uses them: a real Chromium against
 * the running long-term care service, the portal on its own origin (PortalPage). Persons come from the contract-checked
 * resident feed stand-in, incomes from the contract-checked income server (IncomeServer), as in FukaTest. What the
 * screens show is compared with what the API answers for the same input (business date 2026-12-01). Full-page
 * screenshots go to target/ui-screenshots/.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class KaigoScreensTest extends PortalPage {

    static final int NENDO = 2025;

    @Inject
    JuminFeed feed;

    @Override
    protected String serviceId() {
        return "kaigo";
    }

    @Override
    protected String clerkToken() {
        return Api.clerk();
    }

    /** A resident of the household since 2010, through the feed (65 or older: a 第1号被保険者 since the 到達日). */
    String resident(String setaibango, String zokugara, String shimei, String kana, String birth) throws Exception {
        String a = Api.bango(81);
        ResidentFeedServer.publish(ResidentFeedServer.jumin(Api.CITY, a, setaibango, zokugara, shimei, kana, birth, "jumin", "転居",
                "2010-05-01", "2000-04-01"));
        feed.consumer().drain();
        return a;
    }

    Locator menu(String label) {
        return page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    Locator control(String path) {
        return page.locator("[data-path='" + path + "']");
    }

    Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @Test
    @Tag("fn:kaigo.shikaku.shokai")
    @Tag("fn:kaigo.shikaku.todokede")
    void aClerkLooksUpAnInsuredPersonSeesTheHistoryAndEntersAJushochiTokurei() throws Exception {
        String a = resident(Api.bango(82), "世帯主", "介護　一郎", "カイゴ　イチロウ", "1950-05-05");

        page.navigate(ui());
        // only long-term care is configured: the menu holds 介護保険課 alone and opens 被保険者照会
        assertThat(page.locator("#nav")).containsText("介護保険課");
        assertThat(page.locator("#nav")).not().containsText("保険年金課");
        assertThat(h1()).hasText("被保険者照会");
        page.getByLabel("宛名番号").fill(a);
        button("照会").click();
        assertThat(page.getByTestId("shimei")).hasText("介護　一郎");

        JsonPath api = Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
        Locator rows = page.locator("[data-testid='shikaku-rireki'] tbody tr");
        assertThat(rows).hasCount(api.getList("shikaku_rireki").size());
        assertThat(rows.first().getByTestId("jiyu")).hasText(api.getString("shikaku_rireki[0].shikaku_ido_jiyu_mei"));
        assertThat(rows.first()).containsText(api.getString("shikaku_rireki[0].legal_basis"));
        assertThat(rows.first()).containsText("資格取得");
        assertThat(rows.first().getByTestId("koryokubi")).containsText("（" + api.getString("shikaku_rireki[0].koryokubi") + "）");
        assertThat(page.getByTestId("hihokensha-bango")).hasText("被保険者番号 " + api.getString("hihokensha_bango"));
        assertThat(page.getByTestId("shikaku-genzai")).hasText("第1号被保険者（平成27年5月4日取得）");
        assertThat(page.locator("main")).containsText("昭和25年5月5日（1950-05-05）");
        assertThat(page.locator("main")).not().containsText("undefined");
        shot("01-hihokensha");

        // 住所地特例の適用 without the facility: refused by the service at its field, nothing recorded
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("資格の届出を入力する")).click();
        assertThat(h1()).hasText("資格の届出");
        assertThat(page.getByLabel("宛名番号")).hasValue(a);
        page.getByLabel("届出の種別").selectOption("jushochi_tokurei_tekiyo");
        page.getByLabel("施設への入所日").fill("令和8年10月1日");
        button("届出を記録する").click();
        assertThat(page.locator("[data-field='shisetsu_mei'] .field-error")).hasText("住所地特例の適用には入所した施設の名称が必要です");
        assertThat(page.locator("#f-shisetsu_mei")).hasAttribute("aria-invalid", "true");
        shot("02-todokede-error");
        assertThat(Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath()
                .getList("shikaku_rireki")).hasSize(api.getList("shikaku_rireki").size());

        page.getByLabel("施設の名称").fill("特別養護老人ホームきた苑");
        page.getByLabel("施設の所在地（市町村名）").fill("架空県きた町");
        button("届出を記録する").click();
        assertThat(page.getByTestId("todokede-success")).containsText("住所地特例の適用（他市町村の施設に入所）の届出を記録しました");
        assertThat(page.getByTestId("todokede-success")).containsText("特別養護老人ホームきた苑");
        JsonPath after = Api.as(Api.clerk()).get("/v1/hihokensha/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(after.getBoolean("jushochi_tokurei")).isTrue();
        shot("03-todokede");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("被保険者照会で資格の履歴を見る")).click();
        assertThat(rows).hasCount(after.getList("shikaku_rireki").size());
        assertThat(rows.last().locator("td.origin")).hasText("届出");
        assertThat(rows.last().getByTestId("jiyu")).hasText(after.getString("shikaku_rireki[-1].shikaku_ido_jiyu_mei"));
        assertThat(rows.last()).containsText("架空県きた町");
        assertThat(page.getByTestId("tokurei")).isVisible();
        assertThat(apiOrigins).isNotEmpty().allMatch(o -> o.equals(ui().replaceAll("/$", "")));
    }

    @Test
    @Tag("fn:kaigo.hokenryo.shisan")
    @Tag("fn:kaigo.hokenryo.dankai")
    void aClerkRunsAShisanAndSeesTheStageAndItsExplanation() {
        page.navigate(ui() + "#/kaigo/shisan");
        assertThat(h1()).hasText("介護保険料の試算");
        control("nendo").selectOption(String.valueOf(NENDO));
        control("honnin.gokei_shotoku_kingaku").fill("0");
        control("honnin.kazei_nenkin_shunyu").fill("800,000");
        button("世帯員を追加").click();
        control("setaiin[0].kazei").check();
        int before = apiOrigins.size();
        button("試算する").click(); // 本人の課税・非課税 not chosen: never guessed, nothing sent
        assertThat(page.locator("[data-field='honnin.kazei'] .field-error")).hasText("本人の住民税の課税・非課税を選んでください");
        assertThat(apiOrigins).hasSize(before);
        shot("04-shisan-error");

        control("honnin.kazei").selectOption("false");
        button("試算する").click();
        Locator nengaku = page.getByTestId("kaigo-nengaku");
        assertThat(nengaku).isVisible();
        JsonPath api = Api.as(Api.clerk()).body(Map.of("nendo", NENDO, "honnin", Map.of("kazei", false, "gokei_shotoku_kingaku", 0,
                "kazei_nenkin_shunyu", 800_000), "setaiin", List.of(Map.of("kazei", true)))).post("/v1/kaigo/shisan").then()
                .statusCode(200).extract().jsonPath();
        assertThat(nengaku).hasText(yen(api.getLong("nengaku")));
        assertThat(page.getByTestId("dankai")).hasText("第" + api.getInt("dankai") + "段階");
        assertThat(page.getByTestId("dankai-text")).hasText("第" + api.getInt("dankai") + "段階（全" + api.getInt("dankai_su") + "段階）");
        assertThat(page.getByTestId("jyoritsu")).hasText(api.getString("jyoritsu"));
        assertThat(page.getByTestId("hokenryo-nengaku")).hasText(yen(api.getLong("hokenryo_nengaku")));
        assertThat(page.locator("[data-testid='riyu'] li")).hasCount(api.getList("riyu").size());
        assertThat(page.getByTestId("riyu")).containsText(api.getString("riyu[0]"));
        assertThat(page.locator(".kekka .konkyo-step")).hasCount(api.getList("santei_konkyo").size());
        assertThat(page.locator(".kekka")).containsText("介護保険法施行令第38条");
        assertThat(page.locator("main")).not().containsText("undefined");
        assertThat(page.locator("main")).not().containsText("NaN");
        shot("05-shisan");
    }

    @Test
    @Tag("fn:kaigo.hokenryo.fuka")
    void aClerkAssessesThePremiumCorrectsItAndSeesTheHistory() throws Exception {
        String s = Api.bango(82);
        String a = resident(s, "世帯主", "賦課　一郎", "フカ　イチロウ", "1950-05-05");
        String b = resident(s, "妻", "賦課　花子", "フカ　ハナコ", "1980-05-05");
        IncomeServer.shotoku(a, NENDO, 0, 700_000, 0, false);
        IncomeServer.shotoku(b, NENDO, 0, 0, 0, false);

        page.navigate(ui());
        menu("保険料の賦課").click();
        page.getByLabel("宛名番号").fill(a);
        page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(NENDO));
        button("照会").click();
        assertThat(page.getByTestId("fuka-genzai")).containsText("令和7年度の賦課はまだありません");
        button("賦課する").click();
        Locator success = page.getByTestId("fuka-success");
        assertThat(success.getByTestId("fuka-outcome")).hasText("当初賦課を記録しました（第1版）");
        JsonPath v1 = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(success.getByTestId("kaigo-nengaku")).hasText(yen(v1.getLong("items[0].nengaku")));
        assertThat(success.getByTestId("dankai")).hasText("第" + v1.getInt("items[0].dankai") + "段階");
        assertThat(success.getByTestId("jyoritsu")).containsText("公費軽減後 " + v1.getString("items[0].kekka.keigen_jyoritsu"));
        assertThat(success.locator(".konkyo-step")).hasCount(v1.getList("items[0].kekka.santei_konkyo").size());
        shot("06-fuka");

        // local tax corrects the wife's income: now taxed → 本人非課税・世帯課税, another 段階
        IncomeServer.shotoku(b, NENDO, 2_000_000, 0, 0, true);
        button("賦課する").click();
        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kaigo/fuka/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(h.getList("items")).hasSize(2);
        assertThat(success.getByTestId("fuka-outcome")).hasText("更正を記録しました（第2版、前の版との差額 +"
                + String.format("%,d", h.getLong("items[1].sagaku")) + "円）");

        tab("賦課履歴").click();
        Locator summary = page.locator("[data-testid='rireki-summary'] tbody tr");
        assertThat(summary).hasCount(2);
        assertThat(page.getByTestId("nengaku-v1")).hasText(yen(h.getLong("items[0].nengaku")));
        assertThat(page.getByTestId("nengaku-v2")).hasText(yen(h.getLong("items[1].nengaku")));
        assertThat(summary.nth(1)).containsText("第" + h.getInt("items[1].dankai") + "段階");
        Locator kosei = page.locator("article.version.latest [data-testid='kosei-sagaku']");
        assertThat(kosei.locator("tbody tr").first()).containsText("第" + h.getInt("items[0].dankai") + "段階");
        assertThat(kosei.locator("tfoot")).containsText("+" + String.format("%,d", h.getLong("items[1].sagaku")) + "円");
        shot("07-rireki");
    }

    @Test
    @Tag("fn:kaigo.futan-wariai")
    void aClerkSeesTheFutanWariaiLocalTaxsIncomesGive() throws Exception {
        String s = Api.bango(82);
        String a = resident(s, "世帯主", "負担　一郎", "フタン　イチロウ", "1955-05-05");
        String b = resident(s, "妻", "負担　花子", "フタン　ハナコ", "1957-06-06");
        IncomeServer.shotoku(a, NENDO, 2_500_000, 3_000_000, 1_900_000, true);
        IncomeServer.shotoku(b, NENDO, 0, 1_000_000, 0, false);

        page.navigate(ui() + "#/kaigo/hihokensha/" + a);
        tab("負担割合").click();
        page.locator("#f-hihokensha-nendo").selectOption(String.valueOf(NENDO));
        assertThat(page.locator("#f-hihokensha-nendo option:checked")).hasText("令和7年度（令和7年8月〜翌年7月）");
        JsonPath api = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kaigo/futan-wariai/" + a).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getByTestId("futan-wariai")).hasText(api.getInt("futan_wariai") + "割");
        assertThat(page.getByTestId("futan-kikan")).hasText("適用期間 令和7年8月1日〜令和8年7月31日");
        assertThat(page.getByTestId("setai-nenkin-sonota")).hasText(yen(api.getLong("setai_nenkin_sonota")));
        assertThat(page.getByTestId("futan-hantei")).containsText(api.getInt("dai1go_su") + "人");
        assertThat(page.getByTestId("futan-riyu")).containsText(api.getString("riyu[0]"));
        assertThat(page.locator("[data-testid='futan-wariai-kekka'] .konkyo-step")).hasCount(api.getList("santei_konkyo").size());
        shot("08-futan-wariai");
    }

    @Test
    @Tag("fn:kaigo.nintei.shinsei")
    @Tag("fn:kaigo.nintei.tetsuzuki")
    @Tag("fn:kaigo.nintei.kigen")
    void aClerkRegistersAnApplicationSeesItsDeadlineRecordsAStepAndSeesTheOverdueList() throws Exception {
        String a = resident(Api.bango(82), "世帯主", "認定　一郎", "ニンテイ　イチロウ", "1948-03-03");
        String late = resident(Api.bango(82), "世帯主", "遅延　花子", "チエン　ハナコ", "1947-04-04");
        Api.command(Api.clerk()).body(Map.of("atenabango", late, "shinsei_kubun", "shinki", "shinseibi", "2026-10-20"))
                .post("/v1/kaigo/nintei/shinsei").then().statusCode(201);

        page.navigate(ui());
        menu("認定の申請").click();
        assertThat(h1()).hasText("要介護・要支援認定の申請");
        page.getByLabel("宛名番号").fill(a);
        page.getByLabel("申請区分").selectOption("shinki");
        page.getByLabel("申請年月日").fill("令和8年11月10日");
        button("申請を受け付ける").click();
        Locator ok = page.getByTestId("shinsei-success");
        assertThat(ok).containsText("新規申請を受け付けました（申請番号 ");
        JsonPath api = Api.as(Api.clerk()).get("/v1/kaigo/nintei/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(api.getString("items[0].shori_kigen")).isEqualTo("2026-12-10");
        assertThat(ok.getByTestId("shori-kigen")).hasText("令和8年12月10日（2026-12-10）");
        assertThat(ok.getByTestId("nokori")).hasText("あと" + api.getLong("items[0].nokori_nissu") + "日");
        assertThat(ok).containsText("介護保険法第27条第11項");
        shot("09-shinsei");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^認定の申請と手続を見る"))).click();
        Locator card = page.locator("article.shinsei[data-shinsei-id='" + api.getLong("items[0].shinsei_id") + "']");
        assertThat(card.getByTestId("nintei-jotai")).hasText("審査中");
        assertThat(card.locator("[data-step='chosa']")).hasClass("todo");
        assertThat(page.locator("#f-shubetsu")).hasValue("chosa");
        page.getByLabel("実施日").fill("2026-11-15");
        button("手続を記録する").click();
        assertThat(page.getByTestId("nintei-flash")).hasText("認定調査を記録しました（申請番号 " + api.getLong("items[0].shinsei_id") + "）");
        assertThat(card.locator("[data-step='chosa']")).hasClass("done");
        assertThat(card.locator("[data-step='chosa']")).containsText("令和8年11月15日");
        assertThat(card.getByTestId("tetsuzuki")).containsText("kaigo1");
        assertThat(page.locator("#f-shubetsu")).hasValue("ikensho");
        JsonPath after = Api.as(Api.clerk()).get("/v1/kaigo/nintei/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("items[0].tetsuzuki.shubetsu", String.class)).containsExactly("chosa");
        assertThat(page.locator("main")).not().containsText("null");
        shot("10-nintei");

        // 10/20 + 30 = 11/19: overdue on the business date, 12 days past
        menu("認定の期限超過").click();
        Locator row = page.locator("[data-testid='chien-list'] tr[data-atenabango='" + late + "']");
        assertThat(row.getByTestId("chien-nissu")).hasText("12日超過");
        assertThat(row).containsText("認定調査");
        assertThat(page.locator("[data-testid='chien-list'] tr[data-atenabango='" + a + "']")).hasCount(0);
        shot("11-chien");
    }
}
