package jp.kikan.chihozei.kojinjuminzei.parameter;

/** Parameter values of the 所得 (income) rules. */
public final class ShotokuParams {

    private ShotokuParams() {
    }

    /** A row of the 給与所得 table (所得税法別表第五 as summarised by the municipal tables). */
    public sealed interface KyuyoShotokuRow {
        /** 算式 for the trace, e.g. {@code A×2.8−80,000}. */
        String label();
    }

    /** A fixed 給与所得. */
    public record Kotei(long shotoku) implements KyuyoShotokuRow {
        @Override
        public String label() {
            return KingakuHyoki.format("給与所得 %,d", shotoku);
        }
    }

    /** 収入 − a fixed 給与所得控除. */
    public record Kojo(long kojo) implements KyuyoShotokuRow {
        @Override
        public String label() {
            return KingakuHyoki.format("収入−%,d", kojo);
        }
    }

    /**
     * 収入 × rate + add; with {@code yonbunNoIchiTani} the base is A = 収入 ÷ 4 rounded down to that unit and the
     * 給与所得 is A × rate + add (the 4,000円 steps of 別表第五).
     */
    public record Sanshiki(Ritsu rate, long add, Long yonbunNoIchiTani) implements KyuyoShotokuRow {
        @Override
        public String label() {
            String base = yonbunNoIchiTani == null ? "収入" : "A(収入÷4, " + yonbunNoIchiTani + "円未満切捨て)";
            return base + "×" + rate + (add < 0 ? KingakuHyoki.format("−%,d", -add) : KingakuHyoki.format("+%,d", add));
        }
    }

    /** 控除 = 収入 × rate + add. */
    public record RateAdd(Ritsu rate, long add) {
        public String label() {
            return "収入×" + rate + KingakuHyoki.format("+%,d", add);
        }
    }

    /**
     * 公的年金等控除: by age on 12月31日 ({@code ijoNenrei} and over: {@code ijo}), reduced by the row of
     * {@code hokaShotokuChosei} for the 合計所得金額 other than 公的年金等.
     */
    public record NenkinKojo(int ijoNenrei, BracketTable<RateAdd> miman, BracketTable<RateAdd> ijo,
            BracketTable<Long> hokaShotokuChosei) {
    }

    /** 所得金額調整控除 (子ども・特別障害者等). */
    public record ChoseiKojoKosodate(long kijun, long jogen, Ritsu rate, int fuyoNenreiMiman, Hasu hasu) {
    }

    /** 所得金額調整控除 (給与所得と公的年金等に係る雑所得の両方). */
    public record ChoseiKojoKyuyoNenkin(long jogen, long kojo) {
    }
}
