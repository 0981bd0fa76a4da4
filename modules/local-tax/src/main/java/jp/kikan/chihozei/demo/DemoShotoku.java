package jp.kikan.chihozei.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What the city knows of one person's income for a 年度: the 給与支払報告書 its employers sent (none, one or two)
 * and a 申告, or nothing at all (a child, or an adult who is 未申告). When there is a 申告 it states every income,
 * the reported salaries included, as {@code KazeiShiryo} expects.
 */
public record DemoShotoku(List<Kyuyo> kyuyo, Shinkoku shinkoku) {

    static final DemoShotoku NASHI = new DemoShotoku(List.of(), null);

    public DemoShotoku {
        kyuyo = List.copyOf(kyuyo);
    }

    /** Nothing known: no report, no 申告. */
    public boolean nashi() {
        return kyuyo.isEmpty() && shinkoku == null;
    }

    public long kyuyoGokei() {
        return kyuyo.stream().mapToLong(Kyuyo::shunyu).sum();
    }

    /**
     * One 給与支払報告書 row as the employer writes it.
     *
     * @param shakaiHokenryo 社会保険料等の金額, which on the report includes the 小規模企業共済等掛金 (its "うち" column)
     */
    public record Kyuyo(DemoJigyosho jigyosho, long shunyu, long shakaiHokenryo, long shokiboKigyoKyosaiKakekin) {
    }

    /**
     * A 申告 (amounts in yen, 0 = not entered).
     *
     * @param shakaiHokenryo 社会保険料 without the 小規模企業共済等掛金 (those are their own item here)
     * @param haigusha       the spouse living on the same income, or null
     */
    public record Shinkoku(long kyuyoShunyu, long kotekiNenkinShunyu, long jigyoShotoku, long shakaiHokenryo,
            long shokiboKigyoKyosaiKakekin, long seimeiShinIppan, long seimeiShinKaigoIryo, long seimeiShinKojinNenkin,
            long jishinHokenryo, long iryohi, boolean seikatsuHogo, Shinzoku haigusha, List<Shinzoku> fuyoShinzoku) {

        public Shinkoku {
            fuyoShinzoku = List.copyOf(fuyoShinzoku);
        }

        /** A 申告 stating no income (収入なし), as filed for 国保 or a 非課税証明. */
        static Shinkoku shunyuNashi(boolean seikatsuHogo) {
            return new Shinkoku(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, seikatsuHogo, null, List.of());
        }

        Shinkoku withKazoku(Shinzoku spouse, List<Shinzoku> fuyo) {
            return new Shinkoku(kyuyoShunyu, kotekiNenkinShunyu, jigyoShotoku, shakaiHokenryo, shokiboKigyoKyosaiKakekin,
                    seimeiShinIppan, seimeiShinKaigoIryo, seimeiShinKojinNenkin, jishinHokenryo, iryohi, seikatsuHogo, spouse,
                    fuyo);
        }
    }

    /**
     * A member of the household claimed as spouse or dependent: a real resident of the same household.
     *
     * @param gokeiShotoku   合計所得金額 of the member's own generated income, as the engine computes it
     * @param chokkeiSonzoku a parent or grandparent of the taxpayer or the spouse (同居老親等)
     */
    public record Shinzoku(String atenabango, LocalDate seinengappi, long gokeiShotoku, boolean chokkeiSonzoku) {
    }
}
