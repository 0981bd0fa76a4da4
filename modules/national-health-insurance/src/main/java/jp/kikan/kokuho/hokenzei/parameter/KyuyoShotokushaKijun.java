package jp.kikan.kokuho.hokenzei.parameter;

/** 給与所得者等: 給与収入 > {@code kyuyo}, or 公的年金等収入 > {@code nenkinUnder65} (65歳未満) / {@code nenkin65} (65歳以上). */
public record KyuyoShotokushaKijun(long kyuyo, long nenkinUnder65, long nenkin65) {

    public String label() {
        return String.format("給与収入 %,d円超、公的年金等収入 %,d円超 (65歳未満) / %,d円超 (65歳以上)", kyuyo, nenkinUnder65, nenkin65);
    }
}
