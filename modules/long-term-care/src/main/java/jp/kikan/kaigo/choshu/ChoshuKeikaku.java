package jp.kikan.kaigo.choshu;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.platform.santei.SanteiKonkyo.Input;
import jp.kikan.platform.santei.SanteiKonkyo.Step;

/**
 * How a version of a 年度's premium is collected: the 当初 by {@link TokubetsuChoshuPolicy} and {@link FutsuChoshuPolicy};
 * a 更正 from the instalments as they stand — 特別徴収 kept when the amount goes up (the increase is 普通徴収) and
 * stopped after the business month when it goes down (下呂市: 保険料が増額になった増額分は納付書で、減額になったときは一時的に
 * 普通徴収), the 普通徴収 part spread again over the 期 not yet due. Every decision is a step of the 算定根拠.
 */
public final class ChoshuKeikaku {

    private ChoshuKeikaku() {
    }

    /** 徴収方法 of the whole version: 特別徴収 only, 普通徴収 only, or both (併用). */
    public enum Matome {
        FUTSU_CHOSHU("futsu_choshu", "普通徴収"), TOKUBETSU_CHOSHU("tokubetsu_choshu", "特別徴収"), HEIYO("heiyo", "特別徴収と普通徴収");

        private final String code;
        private final String nameJa;

        Matome(String code, String nameJa) {
            this.code = code;
            this.nameJa = nameJa;
        }

        public String code() {
            return code;
        }

        public String nameJa() {
            return nameJa;
        }
    }

    /** One instalment before and after a 更正; {@code teishi}: a 特別徴収 stopped. */
    public record Sagaku(ChoshuKi ki, long genzai, boolean torai, boolean teishi) {

        public long koseigo() {
            return ki.gaku();
        }

        public long sagaku() {
            return ki.gaku() - genzai;
        }
    }

    /** The instalments, for a 更正 their differences (else null), what is due at once (随時) or to refund (過誤納). */
    public record Choshu(Matome hoho, List<ChoshuKi> kibetsu, List<Sagaku> koseiSagaku, long zuiji, long kanpu, List<String> riyu,
            SanteiKonkyo konkyo) {
    }

    /** 当初: {@code kijun} is the business month (普通徴収 期 before it have passed, 本徴収 months up to it too). */
    public static Choshu tosho(long nengaku, ChoshuJokyo j, ChoshuParameters p, YearMonth kijun) {
        TokubetsuChoshuPolicy.Kekka t = TokubetsuChoshuPolicy.tosho(nengaku, j, p, kijun);
        List<ChoshuKi> ki = new ArrayList<>(t.kibetsu());
        List<Step> steps = new ArrayList<>(t.steps());
        List<String> riyu = new ArrayList<>(t.riyu());
        long kanpu = Math.max(0, -t.nokori());
        if (t.nokori() > 0) {
            List<ChoshuKi> futsu = FutsuChoshuPolicy.tosho(j.nendo(), t.nokori(), p.nokigen().value(), kijun);
            ki.addAll(futsu);
            steps.add(futsuStep(nengaku, nengaku - t.nokori(), t.nokori(), p, futsu.size()));
            riyu.add(String.format("普通徴収 %,d円 を %s", t.nokori(), futsu.size() == 1 && futsu.get(0).kubun() == ChoshuKubun.ZUIJI
                    ? "随時の期（納期限 " + futsu.get(0).nokigen() + "）に" : futsu.get(0).kibetsu() + "〜" + futsu.get(futsu.size() - 1).kibetsu()
                            + "の" + futsu.size() + "回に（端数は最初の期へ）"));
        }
        if (kanpu > 0) {
            riyu.add(String.format("納め過ぎ %,d円 は還付（過誤納）", kanpu));
        }
        ki.sort(ORDER);
        return new Choshu(matome(ki), ki, null, 0, kanpu, riyu, new SanteiKonkyo(steps));
    }

    /**
     * 更正 of {@code genzai} (the instalments of the last version) to {@code nengaku}; {@code kijun} is the business month:
     * the 期 of it and before are due and stay.
     */
    public static Choshu kosei(long nengaku, long maeNengaku, List<ChoshuKi> genzai, ChoshuJokyo j, ChoshuParameters p,
            YearMonth kijun) {
        List<ChoshuKi> tokubetsu = genzai.stream().filter(k -> k.hoho() == ChoshuHoho.TOKUBETSU).toList();
        List<ChoshuKi> futsu = genzai.stream().filter(k -> k.hoho() == ChoshuHoho.FUTSU).toList();
        boolean genzaku = nengaku < maeNengaku;
        List<Sagaku> sagaku = new ArrayList<>();
        List<String> riyu = new ArrayList<>();
        long tokubetsuGokei = 0;
        int teishi = 0;
        for (ChoshuKi k : tokubetsu) {
            boolean torai = !k.nengetsu().isAfter(kijun);
            boolean stop = genzaku && !torai && k.gaku() > 0;
            sagaku.add(new Sagaku(stop ? k.withGaku(0) : k, k.gaku(), torai, stop));
            tokubetsuGokei += stop ? 0 : k.gaku();
            teishi += stop ? 1 : 0;
        }
        if (!tokubetsu.isEmpty()) {
            riyu.add(genzaku ? (teishi > 0 ? "減額の更正のため、" + (kijun.plusMonths(1)) + " 以降の特別徴収を停止（年金保険者へ通知）し、残りは普通徴収"
                    : "減額の更正（特別徴収の期はすべて到来済み）")
                    : "特別徴収の額は変えず、増額分は普通徴収");
        }
        long futsuGokei = nengaku - tokubetsuGokei;
        FutsuChoshuPolicy.Kosei f = FutsuChoshuPolicy.kosei(j.nendo(), futsu, futsuGokei, p.nokigen().value(), kijun);
        sagaku.addAll(f.sagaku());
        sagaku.sort(Comparator.comparing(Sagaku::ki, ORDER));
        List<ChoshuKi> ki = sagaku.stream().map(Sagaku::ki).filter(k -> k.gaku() != 0).toList();
        if (f.zuiji() > 0) {
            riyu.add(String.format("納期の到来していない普通徴収の期がないため、%,d円 を随時の期に", f.zuiji()));
        } else if (futsuGokei > 0) {
            riyu.add(String.format("普通徴収 %,d円（納期の到来した期は変えず、残りの期に再分割）", futsuGokei));
        }
        if (f.kanpu() > 0) {
            riyu.add(String.format("納期の到来した額が更正後の額を %,d円 超えるため還付（過誤納）", f.kanpu()));
        }
        List<Step> steps = List.of(new Step("choshu-kosei", "更正による期別の変更", "介護保険法第133条・第135条; 下呂市（増額分は普通徴収、減額は特別徴収を停止）",
                null, nengaku - maeNengaku, Step.YEN, List.of(Input.of("更正前の年額", maeNengaku), Input.of("更正後の年額", nengaku),
                        Input.text("納期の到来（業務日付の月まで）", kijun.toString()), Input.of("特別徴収（更正後）", tokubetsuGokei),
                        Input.of("普通徴収（更正後）", futsuGokei)),
                List.of(p.nokigen().use(nokigenLabel(p.nokigen().value()))), String.join("。", riyu)),
                futsuStep(nengaku, tokubetsuGokei, futsuGokei, p, (int) ki.stream().filter(k -> k.hoho() == ChoshuHoho.FUTSU).count()));
        return new Choshu(matome(ki), ki, sagaku, f.zuiji(), f.kanpu(), riyu, new SanteiKonkyo(steps));
    }

    static final Comparator<ChoshuKi> ORDER = Comparator.comparing(ChoshuKi::nengetsu).thenComparing(ChoshuKi::hoho,
            Comparator.reverseOrder());

    private static Matome matome(List<ChoshuKi> ki) {
        boolean t = ki.stream().anyMatch(k -> k.hoho() == ChoshuHoho.TOKUBETSU && k.gaku() != 0);
        boolean f = ki.stream().anyMatch(k -> k.hoho() == ChoshuHoho.FUTSU && k.gaku() != 0);
        return t && f ? Matome.HEIYO : t ? Matome.TOKUBETSU_CHOSHU : Matome.FUTSU_CHOSHU;
    }

    private static Step futsuStep(long nengaku, long tokubetsu, long futsu, ChoshuParameters p, int kaisu) {
        return new Step("futsu-choshu", "普通徴収額", "介護保険法第131条・第133条（普通徴収、納期は条例）", null, futsu, Step.YEN,
                List.of(Input.of("年額", nengaku), Input.of("特別徴収の合計", tokubetsu), Input.of("回数", kaisu)),
                List.of(p.nokigen().use(nokigenLabel(p.nokigen().value()))), null);
    }

    static String nokigenLabel(Nokigen n) {
        return TokubetsuChoshuPolicy.tsuki(n.tsuki()) + "月の" + n.tsuki().size() + "期、各期 "
                + (n.hasuTani() == 1 ? "1円" : String.format("%,d円", n.hasuTani())) + "未満の端数は最初の期へ";
    }
}
