package jp.kikan.kaigo.application;

/** Roles of the 介護保険課 in this service. */
public final class Roles {
    /** 介護保険課職員: 被保険者, 届出, 試算, 賦課. */
    public static final String CLERK = "kaigo-clerk";
    /** 支援措置担当 (介護保険課): the only role that may look up a protected person here. */
    public static final String SHIEN = "kaigo-shien";
    /** パラメータ管理 (介護保険課): loads the insurer's premium parameters (介護保険条例) as a new version and reads its versions. */
    public static final String ADMIN = "kaigo-admin";
    /** 監査: reads and verifies this service's access log. */
    public static final String AUDITOR = "kaigo-auditor";

    /**
     * Service clients of this service's feed (収納・滞納): scope {@code 023:kaigo-hokenryo-renkei:Read} maps to this role
     * ({@code kikan.security.scope-roles}).
     */
    public static final String RENKEI_READER = "kaigo-hokenryo-renkei-reader";

    private Roles() {
    }
}
