package jp.kikan.chihozei.application;

/** Roles of the 税務課 and of the service clients of this service. */
public final class Roles {
    /** 税務課職員: taxpayers, 申告, 賦課, 試算. */
    public static final String CLERK = "zeimu-clerk";
    /** 支援措置担当 (税務課): the only role that may look up a protected person here. */
    public static final String SHIEN = "zeimu-shien";
    /**
     * パラメータ管理 (税務課): loads the municipality's published values (級地, 超過課税, 納期 …) as a new version and reads
     * their history; only for the municipality of the token. Not given with {@link #CLERK}: a clerk assesses with the
     * values, an administrator decides them.
     */
    public static final String ADMIN = "zeimu-admin";
    /** 監査: reads and verifies this service's access log. */
    public static final String AUDITOR = "zeimu-auditor";
    /**
     * Service clients of the income information API (国民健康保険・介護保険): scope {@code 010:shotoku-joho:Read}
     * maps to this role ({@code kikan.security.scope-roles}).
     */
    public static final String SHOTOKU_READER = "shotoku-reader";
    /**
     * Service clients of this service's feed (国民健康保険・介護保険・収納): scope {@code 010:kojin-juminzei-renkei:Read}
     * maps to this role.
     */
    public static final String RENKEI_READER = "kojin-juminzei-renkei-reader";
    /**
     * Service clients of the 調定 feeds of 固定資産税・都市計画税 and 軽自動車税（種別割） (the collection service, 収納・滞納):
     * scopes {@code 010:koteishisanzei-renkei:Read} and {@code 010:keijidoshazei-renkei:Read} map to this role.
     */
    public static final String CHOTEI_READER = "chotei-renkei-reader";

    private Roles() {
    }
}
