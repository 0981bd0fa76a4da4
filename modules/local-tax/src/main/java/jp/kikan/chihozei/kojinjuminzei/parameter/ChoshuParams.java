package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.List;

/** Parameter values of the instalments (期別). */
public final class ChoshuParams {

    private ChoshuParams() {
    }

    /** Where the remainder of the rounding goes. */
    public enum HasuKibetsu {
        /** to the first instalment (新潟市: 千円未満の端数を第1期分に加算; 6月分). */
        FIRST("first");

        private final String key;

        HasuKibetsu(String key) {
            this.key = key;
        }

        public static HasuKibetsu of(String key) {
            for (HasuKibetsu h : values()) {
                if (h.key.equals(key)) {
                    return h;
                }
            }
            throw new IllegalArgumentException("hasu_kibetsu must be first: " + key);
        }
    }

    /** The months of a cycle, the rounding unit of each instalment and where the remainder goes. */
    public record Bunkatsu(List<Integer> tsuki, long hasuTani, HasuKibetsu hasuKibetsu) {
        public Bunkatsu {
            tsuki = List.copyOf(tsuki);
        }
    }

    /** 公的年金等からの特別徴収. */
    public record NenkinChoshu(List<Integer> kariTsuki, int kariBunbo, List<Integer> honTsuki,
            List<Integer> shonendoFutsuTsuki, int taishoNenrei, long nenkinGakuKagen, long hasuTani,
            HasuKibetsu hasuKibetsu) {
    }
}
