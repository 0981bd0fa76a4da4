package jp.kikan.chihozei.support;

import io.restassured.specification.RequestSpecification;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.TestTokens;

/** Every request in the tests goes through contracts/local-tax/v1.yaml (requests too, but for bad input on purpose). */
public final class Api {

    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);

    public static final String CITY = TestTokens.CITY;
    public static final String OTHER_CITY = TestTokens.OTHER_CITY;
    public static final String SHOTOKU_SCOPE = "010:shotoku-joho:Read";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return CONTRACT.as(token);
    }

    public static RequestSpecification badInputAs(String token) {
        return CONTRACT.badInputAs(token);
    }

    public static RequestSpecification command(String token) {
        return CONTRACT.command(token);
    }

    public static String clerk() {
        return TestTokens.staff("zeimu1", CITY, "zeimu-clerk");
    }

    public static String clerkOf(String lgCode) {
        return TestTokens.staff("zeimu2", lgCode, "zeimu-clerk");
    }

    public static String shien() {
        return TestTokens.staff("zeimu-shien1", CITY, "zeimu-clerk", "zeimu-shien");
    }

    public static String auditor() {
        return TestTokens.staff("kansa1", CITY, "zeimu-auditor");
    }

    /** パラメータ管理 of the demo city. */
    public static String admin() {
        return TestTokens.staff("zeimu-admin1", CITY, "zeimu-admin");
    }

    /** The health-insurance service client, holding the income information scope. */
    public static String kokuhoClient(String lgCode) {
        return TestTokens.serviceClient("kikan-kokuho", lgCode, SHOTOKU_SCOPE);
    }
}
