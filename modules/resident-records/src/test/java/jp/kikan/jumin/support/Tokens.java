package jp.kikan.jumin.support;

import jp.kikan.platform.test.TestTokens;

/** Tokens of the 住民課 roles and of a feed client, for the demo city unless said otherwise. */
public final class Tokens {

    public static final String CITY = TestTokens.CITY;
    public static final String OTHER_CITY = TestTokens.OTHER_CITY;
    /** The feed's scope in the standard's form 業務ID:APIコール名:操作. */
    public static final String RENKEI_SCOPE = "001:jumin-renkei:Read";

    private Tokens() {
    }

    public static String staff(String user, String lgCode, String... roles) {
        return TestTokens.staff(user, lgCode, roles);
    }

    public static String clerk() {
        return staff("clerk", CITY, "jumin-clerk");
    }

    public static String supervisor() {
        return staff("supervisor", CITY, "jumin-clerk", "jumin-supervisor");
    }

    public static String shien() {
        return staff("shien", CITY, "jumin-clerk", "jumin-shien");
    }

    public static String auditor() {
        return staff("auditor", CITY, "jumin-auditor");
    }

    /** A service client (client credentials) holding the feed scope. */
    public static String renkeiClient(String lgCode) {
        return TestTokens.serviceClient("kikan-tax", lgCode, RENKEI_SCOPE);
    }
}
