package jp.kikan.kokuho.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.regex.Pattern;
import jp.kikan.kokuho.application.JuminFeed;
import jp.kikan.kokuho.support.Api;
import jp.kikan.kokuho.support.IncomeServer;
import jp.kikan.kokuho.support.ResidentFeedServer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import jp.kikan.platform.test.ui.PortalPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 保険年金課 screens of the staff portal (modules/staff-portal, kokuho/) as a clerk uses them: a real Chromium
 * against the running national health insurance service, the portal on its own origin (PortalPage). Persons and
 * households come from the contract-checked resident feed stand-in, incomes from the contract-checked income server
 * (IncomeServer), as in FukaTest. What the screens show is compared with what the API answers for the same input.
 * Full-page screenshots go to target/ui-screenshots/.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ResidentFeedServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = IncomeServer.class, scope = TestResourceScope.GLOBAL)
class KokuhoScreensTest extends PortalPage {

    @Override
    protected String serviceId() {
        return "kokuho";
    }

    @Override
    protected String clerkToken() {
        return Api.clerk();
    }

    static final int NENDO = 2025;

    @Inject
    JuminFeed feed;

    @Inject
    jp.kikan.platform.quarkus.job.JobWorkers workers;

    /** A resident of the household since 2021 (insured from then: no other insurance is known), through the feed. */
    String resident(String setaibango, String zokugara, String shimei, String kana, String birth, boolean shien) throws Exception {
        String a = Api.bango(61);
        ObjectNode item = ResidentFeedServer.jumin(Api.CITY, a, setaibango, zokugara, shimei, kana, birth, "jumin", "転居",
                "2021-05-01", "2020-04-01");
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

    Locator menu(String label) {
        return page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    Locator fieldError(String field) {
        return page.locator("[data-field='" + field + "'] .field-error");
    }

    Locator control(String path) {
        return page.locator("[data-path='" + path + "']");
    }

    @Test
    @Tag("fn:kokuho.shikaku.shokai")
    @Tag("fn:kokuho.shikaku.todokede")
    @Tag("fn:kokuho.setai")
    void aClerkLooksUpAnInsuredPersonEntersATodokedeAndSeesTheHousehold() throws Exception {
        String s = Api.bango(62);
        String nushi = resident(s, "世帯主", "保険　一郎", "ホケン　イチロウ", "1975-06-06", false);
        resident(s, "子", "保険　次郎", "ホケン　ジロウ", "2010-07-07", false);

        page.navigate(ui());
        // only national health insurance is configured: the menu holds 保険年金課 alone and opens 被保険者照会
        assertThat(page.locator("#nav")).containsText("保険年金課");
        assertThat(page.locator("#nav")).not().containsText("税務課");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("被保険者照会");
        page.getByLabel("宛名番号").fill(nushi);
        button("照会").click();
        assertThat(page.getByTestId("shimei")).hasText("保険　一郎");

        JsonPath api = Api.as(Api.clerk()).get("/v1/hihokensha/" + nushi).then().statusCode(200).extract().jsonPath();
        Locator rows = page.locator("[data-testid='shikaku-rireki'] tbody tr");
        assertThat(rows).hasCount(api.getList("shikaku_rireki").size());
        assertThat(rows.first().getByTestId("jiyu")).hasText(api.getString("shikaku_rireki[0].shikaku_ido_jiyu_mei"));
        assertThat(rows.first()).containsText(api.getString("shikaku_rireki[0].legal_basis"));
        assertThat(rows.first()).containsText("資格取得");
        String shutoku = api.getString("shikaku_rireki[0].shikaku_shutokubi");
        assertThat(rows.first()).containsText("（" + shutoku + "）");
        assertThat(page.getByTestId("shikaku-genzai")).containsText("被保険者（令和");
        assertThat(page.locator("main")).containsText("昭和50年6月6日（1975-06-06）");
        assertThat(page.locator("main")).not().containsText("undefined");
        shot("01-hihokensha");

        // 社会保険の加入: a date that does not exist is refused by the service at its field, nothing recorded
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("資格の届出を入力する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("資格の届出");
        assertThat(page.getByLabel("宛名番号")).hasValue(nushi);
        page.getByLabel("届出の種別").selectOption("shaho_kanyu");
        page.getByLabel("社会保険の資格取得日").fill("令和7年2月30日");
        button("届出を記録する").click();
        assertThat(fieldError("idonengappi")).not().isEmpty();
        assertThat(page.locator("#f-idonengappi")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByTestId("todokede-success")).hasCount(0);
        shot("02-todokede-error");
        assertThat(Api.as(Api.clerk()).get("/v1/hihokensha/" + nushi).then().statusCode(200).extract().jsonPath()
                .getList("shikaku_rireki")).hasSize(api.getList("shikaku_rireki").size());

        page.getByLabel("社会保険の資格取得日").fill("令和7年10月1日");
        button("届出を記録する").click();
        assertThat(page.getByTestId("todokede-success")).containsText("社会保険の加入の届出を記録しました");
        assertThat(page.getByTestId("todokede-success")).containsText("令和7年10月2日（2025-10-02）");
        JsonPath after = Api.as(Api.clerk()).get("/v1/hihokensha/" + nushi).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("shikaku_soshitsubi")).isEqualTo("2025-10-02");
        shot("03-todokede");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("被保険者照会で資格の履歴を見る")).click();
        assertThat(rows).hasCount(after.getList("shikaku_rireki").size());
        assertThat(rows.last()).containsText("資格喪失");
        assertThat(rows.last()).containsText("届出（社会保険の加入）");
        assertThat(page.getByTestId("shikaku-genzai")).hasText("被保険者でない（令和7年10月2日喪失）");

        // the household: the head is no longer insured, his son is — the head is the 擬制世帯主 and still owes the tax
        page.getByTestId("setai-link").click();
        JsonPath setai = Api.as(Api.clerk()).get("/v1/setai/" + s).then().statusCode(200).extract().jsonPath();
        assertThat(setai.getBoolean("gisei_setainushi")).isTrue();
        Locator members = page.locator("[data-testid='setaiin'] tbody tr");
        assertThat(members).hasCount(2);
        assertThat(page.locator("[data-testid='setaiin'] tr[data-atenabango='" + nushi + "']")).containsText("擬制世帯主");
        assertThat(page.locator("[data-testid='setaiin'] tr[data-atenabango='" + nushi + "']")).containsText("被保険者でない");
        assertThat(page.getByTestId("gisei-text")).containsText("はい");
        assertThat(page.locator(".person-meta")).containsText("被保険者 1人");
        shot("04-setai");
        assertThat(apiOrigins).isNotEmpty().allMatch(o -> o.equals(ui().replaceAll("/$", "")));
    }

    @Test
    @Tag("fn:kokuho.hokenzei.shisan")
    void aClerkRunsAShisanAndSeesTheTaxTheApiComputes() {
        page.navigate(ui() + "#/kokuho/shisan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("国民健康保険税の試算");
        control("nendo").selectOption(String.valueOf(NENDO));
        control("setaiin[0].seinengappi").fill("昭和45年1月1日");
        control("setaiin[0].kokuho").uncheck(); // 擬制世帯主: the head is insured elsewhere (社保)
        control("setaiin[0].shotoku.sosho_kingaku_to").fill("90万"); // not whole yen: refused at the field, nothing sent
        control("setaiin[0].shotoku.kyuyo_shunyu").fill("1,550,000");
        button("世帯員を追加").click();
        control("setaiin[1].seinengappi").fill("2000-01-01");
        control("setaiin[1].shotoku.sosho_kingaku_to").fill("0");
        page.locator("fieldset.setaiin[data-index='1'] details summary").click();
        control("setaiin[1].shikaku_shutokubi").fill("令和7年7月1日");
        int before = apiOrigins.size();
        button("試算する").click();
        assertThat(fieldError("setaiin[0].shotoku.sosho_kingaku_to")).hasText("総所得金額等（前年分）は円単位の数字で入力してください（例: 3,000,000）");
        assertThat(apiOrigins).hasSize(before);
        shot("05-shisan-error");

        control("setaiin[0].shotoku.sosho_kingaku_to").fill("900,000");
        button("試算する").click();
        Locator nengaku = page.getByTestId("kokuho-nengaku");
        assertThat(nengaku).isVisible();
        JsonPath api = Api.as(Api.clerk()).body(Map.of("nendo", NENDO, "setaiin", List.of(
                Map.of("seinengappi", "昭和45年1月1日", "setainushi", true, "kokuho", false,
                        "shotoku", Map.of("sosho_kingaku_to", 900_000, "kyuyo_shunyu", 1_550_000)),
                Map.of("seinengappi", "2000-01-01", "shikaku_shutokubi", "令和7年7月1日", "shotoku", Map.of("sosho_kingaku_to", 0)))))
                .post("/v1/kokuho/shisan").then().statusCode(200).extract().jsonPath();
        assertThat(nengaku).hasText(yen(api.getLong("nengaku")));
        for (String kubun : List.of("iryo", "shien", "kaigo")) {
            assertThat(page.getByTestId("nengaku-" + kubun)).hasText(yen(api.getLong("kubun.find { it.kubun == '" + kubun + "' }.nengaku")));
        }
        assertThat(page.getByTestId("keigen-wari")).hasText(api.getInt("keigen.wari") + "割軽減");
        assertThat(page.locator(".kekka .konkyo-step")).hasCount(api.getList("santei_konkyo").size());
        assertThat(page.locator(".kekka [data-testid='hokenzei-kubun'] td[data-kubun='iryo']").first()).hasText("7月〜3月（9か月）");
        assertThat(page.locator(".kekka")).containsText("擬制世帯主");
        assertThat(page.locator(".kekka")).containsText("令和7年7月1日（2025-07-01）");
        assertThat(page.locator("main")).not().containsText("undefined");
        assertThat(page.locator("main")).not().containsText("NaN");
        shot("06-shisan");
    }

    @Test
    @Tag("fn:kokuho.hokenzei.fuka")
    void aClerkAssessesAHouseholdCorrectsItAndSeesTheHistory() throws Exception {
        String s = Api.bango(62);
        String nushi = resident(s, "世帯主", "賦課　太郎", "フカ　タロウ", "1980-06-06", false);
        String ko = resident(s, "子", "賦課　花子", "フカ　ハナコ", "2010-07-07", false);
        IncomeServer.shotoku(nushi, NENDO, 3_430_000, 5_000_000);
        IncomeServer.shotoku(ko, NENDO, 0, 0);

        page.navigate(ui());
        menu("国保税の賦課").click();
        page.getByLabel("世帯番号").fill(s);
        page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(NENDO));
        button("照会").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(Pattern.compile("国民健康保険税の賦課")))).isVisible();
        assertThat(page.getByTestId("fuka-genzai")).containsText("令和7年度の賦課はまだありません");
        button("賦課する").click();
        Locator success = page.getByTestId("fuka-success");
        assertThat(success.getByTestId("fuka-outcome")).hasText("当初賦課を記録しました（第1版）");
        JsonPath v1 = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kokuho/fuka/" + s).then().statusCode(200)
                .extract().jsonPath();
        assertThat(success.getByTestId("kokuho-nengaku")).hasText(yen(v1.getLong("items[0].nengaku")));
        assertThat(success.locator(".konkyo-step")).hasCount(v1.getList("items[0].kekka.santei_konkyo").size());
        shot("07-fuka");

        // unchanged: the service records nothing, the screen says so
        button("賦課する").click();
        assertThat(success.getByTestId("fuka-outcome")).hasText("税額に変更はありません（第1版のまま）");

        // local tax corrected the head's income (+100万): a 更正 with the difference
        IncomeServer.shotoku(nushi, NENDO, 4_430_000, 6_000_000);
        button("賦課する").click();
        JsonPath h = Api.as(Api.clerk()).queryParam("nendo", NENDO).get("/v1/kokuho/fuka/" + s).then().statusCode(200)
                .extract().jsonPath();
        assertThat(h.getList("items")).hasSize(2);
        assertThat(success.getByTestId("fuka-outcome")).hasText("更正を記録しました（第2版、前の版との差額 +" + String.format("%,d", h.getLong("items[1].sagaku")) + "円）");

        tab("賦課履歴").click();
        Locator summary = page.locator("[data-testid='rireki-summary'] tbody tr");
        assertThat(summary).hasCount(2);
        assertThat(page.getByTestId("nengaku-v1")).hasText(yen(h.getLong("items[0].nengaku")));
        assertThat(page.getByTestId("nengaku-v2")).hasText(yen(h.getLong("items[1].nengaku")));
        assertThat(summary.nth(1)).containsText("更正");
        assertThat(page.locator("article.version").first()).hasAttribute("data-version", "2");
        Locator sagaku = page.locator("article.version.latest [data-testid='kosei-sagaku']");
        assertThat(sagaku.locator("tfoot")).containsText("+" + String.format("%,d", h.getLong("items[1].sagaku")) + "円");
        assertThat(sagaku.locator("tr[data-kubun='iryo'] td").nth(2)).hasText("+" + String.format("%,d",
                h.getLong("items[1].kekka.kubun[0].nengaku") - h.getLong("items[0].kekka.kubun[0].nengaku")) + "円");
        page.locator("article.version.latest details.konkyo summary").click();
        assertThat(page.locator("article.version.latest .konkyo-step")).hasCount(h.getList("items[1].kekka.santei_konkyo").size());
        shot("08-rireki");
    }

    @Test
    @Tag("fn:kokuho.shotoku-fumei")
    void aHouseholdWithAnUnknownIncomeIsRefusedAndListedAndAProtectedPersonIsNotShown() throws Exception {
        String s = Api.bango(62);
        String nushi = resident(s, "世帯主", "不明　一郎", "フメイ　イチロウ", "1980-06-06", false);
        IncomeServer.mishinkoku(nushi, NENDO);
        page.navigate(ui() + "#/kokuho/setai/" + s + "/" + NENDO + "/fuka");
        button("賦課する").click();
        assertThat(page.getByTestId("form-problem")).containsText(nushi);
        assertThat(page.getByTestId("form-problem")).containsText("未申告");
        assertThat(page.getByTestId("fuka-success")).hasCount(0);
        shot("09-fuka-shotoku-fumei");
        page.getByTestId("shotoku-fumei-hint").getByRole(AriaRole.LINK).click();
        Locator row = page.locator("[data-testid='fumei-list'] tr[data-setaibango='" + s + "']");
        assertThat(row).containsText(nushi);
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("賦課する"))).hasAttribute("href",
                "#/kokuho/setai/" + s + "/" + NENDO + "/fuka");
        shot("10-shotoku-fumei");

        // 支援措置: the clerk sees the service's refusal as the banner; the 支援措置担当 sees the person
        String hogo = resident(Api.bango(62), "世帯主", "保護　花子", "ホゴ　ハナコ", "1990-02-02", true);
        String detail = Api.as(Api.clerk()).get("/v1/hihokensha/" + hogo).then().statusCode(403).extract().jsonPath().getString("detail");
        page.navigate(ui() + "#/kokuho/hihokensha/" + hogo);
        assertThat(page.getByTestId("shien-detail")).hasText(detail);
        assertThat(page.locator("#banner")).isVisible();
        assertThat(page.locator("main")).not().containsText("保護　花子");
        shot("11-shien-refusal");
        open(Api.shien());
        page.navigate(ui() + "#/kokuho/hihokensha/" + hogo);
        assertThat(page.getByTestId("shimei")).hasText("保護　花子");
        assertThat(page.locator("#banner")).isHidden();
    }

    @Test
    @Tag("fn:kokuho.hokenzei.honsantei")
    void aClerkStartsTheHonsanteiAndSeesItFinishWithTheHouseholdsItCouldNotAssess() throws Exception {
        String s = Api.bango(64);
        String nushi = resident(s, "世帯主", "本算　太郎", "ホンサン　タロウ", "1972-05-05", false);
        IncomeServer.shotoku(nushi, NENDO, 2_000_000, 2_800_000);
        String fumei = Api.bango(64);
        String f = resident(fumei, "世帯主", "不明　花子", "フメイ　ハナコ", "1980-01-01", false);
        IncomeServer.mishinkoku(f, NENDO);

        page.navigate(ui() + "#/kokuho/honsantei");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("国保税（料）の本算定");
        page.getByLabel("年度（西暦）").fill(String.valueOf(NENDO));
        button("国保税（料）の本算定を開始する").click();
        assertThat(page.getByTestId("job-progress")).isVisible();
        assertThat(page.getByTestId("job-progress")).containsText("令和7年度の国保税（料）の本算定");
        String jobId = page.url().replaceAll(".*/honsantei/", "");
        workers.drain("w-screen");

        assertThat(page.getByTestId("job-status")).hasText("完了",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        JsonPath api = Api.as(Api.clerk()).get("/v1/kokuho/honsantei/" + jobId).then().statusCode(200).extract().jsonPath();
        assertThat(page.getByTestId("job-processed")).hasText(String.format("%,d / %,d 世帯", api.getLong("processed"),
                api.getLong("total")));
        assertThat(page.getByTestId("job-shotoku_fumei")).hasText(String.format("%,d", api.getLong("shotoku_fumei")));
        // the household whose 世帯主 filed nothing is listed with its reason, for the clerk's follow-up
        Locator errors = page.getByTestId("job-error-list");
        assertThat(errors).containsText(fumei);
        assertThat(errors).containsText("shotoku-fumei");
        assertThat(errors).containsText("未申告");
        assertThat(page.locator("main")).not().containsText("undefined");
        shot("09-honsantei");
    }
}
