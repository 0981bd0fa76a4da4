package jp.kikan.kokuho.application;

/** Roles of the 保険年金課 in this service. */
public final class Roles {
    /** 保険年金課職員: qualification, households, 届出, 試算. */
    public static final String CLERK = "hoken-clerk";
    /** 支援措置担当 (保険年金課): the only role that may look up a protected person here. */
    public static final String SHIEN = "hoken-shien";
    /** パラメータ管理 (保険年金課): loads the insurer's rates (国民健康保険税条例) as a new version and reads its versions. */
    public static final String ADMIN = "hoken-admin";
    /** 監査: reads and verifies this service's access log. */
    public static final String AUDITOR = "hoken-auditor";

    /**
     * Service clients of this service's feed (収納・滞納): scope {@code 024:kokuho-hokenzei-renkei:Read} maps to this role
     * ({@code kikan.security.scope-roles}).
     */
    public static final String RENKEI_READER = "kokuho-hokenzei-renkei-reader";

    private Roles() {
    }
}
