package jp.kikan.jumin.application;

/** Roles per department (住民課) and for service clients. */
public final class Roles {
    /** 住民課職員: search, inquiry, 異動, certificates. */
    public static final String CLERK = "jumin-clerk";
    /** 住民課係長: also registers and ends 支援措置. */
    public static final String SUPERVISOR = "jumin-supervisor";
    /** 支援措置担当: the only role that may look up or issue for a protected person. */
    public static final String SHIEN = "jumin-shien";
    /** 監査: reads and verifies the access log, nothing else. */
    public static final String AUDITOR = "jumin-auditor";
    /**
     * Service clients of the 庁内データ連携 feed: the scope {@code 001:jumin-renkei:Read} (業務ID 001 住民基本台帳,
     * 共通機能標準仕様書 §2.2.5) maps to this role by configuration ({@code kikan.security.scope-roles}).
     */
    public static final String RENKEI_READER = "renkei-reader";
    /**
     * Feed clients that may also receive 個人番号 (scope {@code 001:jumin-renkei-kojinbango:Read}): only systems
     * whose use of 個人番号 the law allows (番号法 第9条・第19条); every other client gets items without it.
     */
    public static final String RENKEI_KOJINBANGO = "renkei-kojinbango";

    private Roles() {
    }
}
