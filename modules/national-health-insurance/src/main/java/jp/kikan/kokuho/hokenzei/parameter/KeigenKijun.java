package jp.kikan.kokuho.hokenzei.parameter;

/**
 * The 年度's thresholds of the 7割・5割・2割 reduction: base = {@code kiso} + {@code kyuyoKasan} × (給与所得者等の数 − 1);
 * 7割 S ≤ base, 5割 S ≤ base + {@code gowariKasan} × P, 2割 S ≤ base + {@code niwariKasan} × P.
 */
public record KeigenKijun(long kiso, long kyuyoKasan, long gowariKasan, long niwariKasan) {

    public String label() {
        return String.format("基準 %,d円 + %,d円×(給与所得者等の数−1); 5割 + %,d円×人数; 2割 + %,d円×人数", kiso, kyuyoKasan,
                gowariKasan, niwariKasan);
    }
}
