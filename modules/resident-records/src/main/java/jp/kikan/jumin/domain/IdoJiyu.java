package jp.kikan.jumin.domain;

/**
 * 異動事由 — the standard's categories (住民記録システム標準仕様書 第1.0版 §1.2.2; see
 * standard-specs/resident-records/code-tables.yaml). The official numeric codes are unknown, so the
 * stored value is the category name itself.
 */
public enum IdoJiyu {
    KOKUNAI_TENNYU(Group.KISAI, "国内転入"),
    KOKUGAI_TENNYU(Group.KISAI, "国外転入等"),
    SHUSSEI(Group.KISAI, "出生"),
    SHOKKEN_KISAI(Group.KISAI, "職権記載"),
    TORIKESHI_ZO(Group.KISAI, "異動の取消し（増）"),
    KOKUNAI_TENSHUTSU(Group.SHOJO, "国内転出"),
    KOKUGAI_TENSHUTSU(Group.SHOJO, "国外転出"),
    SHIBO(Group.SHOJO, "死亡"),
    SHOKKEN_SHOJO(Group.SHOJO, "職権消除"),
    TORIKESHI_GEN(Group.SHOJO, "異動の取消し（減）"),
    TENKYO(Group.SHUSEI, "転居"),
    KEIBI_SHUSEI(Group.SHUSEI, "軽微な修正"),
    SHOKKEN_SHUSEI(Group.SHUSEI, "職権修正"),
    GOKI_SHUSEI(Group.SHUSEI, "誤記修正"),
    SETAI_BUNRI(Group.SHUSEI, "世帯分離"),
    SETAI_GAPPEI(Group.SHUSEI, "世帯合併"),
    SETAI_HENKO(Group.SHUSEI, "世帯変更"),
    SETAINUSHI_HENKO(Group.SHUSEI, "世帯主変更"),
    TORIKESHI_SHUSEI(Group.SHUSEI, "異動の取消し（修正）");

    /** 記載 (増), 消除 (減), 修正. */
    public enum Group { KISAI, SHOJO, SHUSEI }

    private final Group group;
    private final String label;

    IdoJiyu(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    public boolean isTorikeshi() {
        return this == TORIKESHI_ZO || this == TORIKESHI_GEN || this == TORIKESHI_SHUSEI;
    }

    public static IdoJiyu fromLabel(String label) {
        for (IdoJiyu j : values()) {
            if (j.label.equals(label)) {
                return j;
            }
        }
        throw new IllegalArgumentException("unknown idojiyu " + label);
    }

    /** The cancellation of an 異動 of this group: 取消(増) undoes a 消除 … (§1.2.2: three kinds). */
    public IdoJiyu torikeshiOf() {
        return switch (group) {
            case KISAI -> TORIKESHI_GEN;   // cancelling a 記載 removes the person again
            case SHOJO -> TORIKESHI_ZO;    // cancelling a 消除 brings the person back
            case SHUSEI -> TORIKESHI_SHUSEI;
        };
    }
}
