package jp.kikan.kaigo.support;

import io.restassured.specification.RequestSpecification;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.test.ContractApi;
import jp.kikan.platform.test.TestTokens;

/** Every request in the tests goes through contracts/long-term-care/v1.yaml (but bad input on purpose). */
public final class Api {

    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);
    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger(100);

    public static final String CITY = TestTokens.CITY;
    public static final String OTHER_CITY = TestTokens.OTHER_CITY;

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
        return TestTokens.staff("kaigo1", CITY, "kaigo-clerk");
    }

    public static String clerkOf(String lgCode) {
        return TestTokens.staff("kaigo2", lgCode, "kaigo-clerk");
    }

    public static String shien() {
        return TestTokens.staff("kaigo-shien1", CITY, "kaigo-clerk", "kaigo-shien");
    }

    public static String auditor() {
        return TestTokens.staff("kansa1", CITY, "kaigo-auditor");
    }

    /** A fresh 宛名番号 (or 世帯番号) with its check digit, unique in the test run. */
    public static String bango(int base) {
        return Modulus11.withCheckDigit(String.format("%09d", base * 1000 + SEQ.incrementAndGet()));
    }
}
