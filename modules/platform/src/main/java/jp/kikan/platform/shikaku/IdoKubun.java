package jp.kikan.platform.shikaku;

/** What an entry of a qualification history does: 取得 opens a period, 喪失 closes it, 継続 is kept as data. */
public enum IdoKubun {
    SHUTOKU("shutoku"), SOSHITSU("soshitsu"), KEIZOKU("keizoku");

    private final String code;

    IdoKubun(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
