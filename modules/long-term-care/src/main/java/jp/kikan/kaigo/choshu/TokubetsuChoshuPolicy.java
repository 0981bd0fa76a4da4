package jp.kikan.kaigo.choshu;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo.Input;
import jp.kikan.platform.santei.SanteiKonkyo.Step;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;

/**
 * 特別徴収 (年金からの徴収) of a 年度's premium when it is first assessed (介護保険法第131条・第134条・第135条・第140条 —
 * article numbers from general knowledge):
 * <ul>
 *   <li>only for one who was a 第1号被保険者 on the 基準日 (4月1日): one who became insured during the 年度 pays by 普通徴収
 *       (下呂市: 年度の途中で65歳・転入 → 一時的に普通徴収);</li>
 *   <li>仮徴収 (4・6・8月): each the previous February's 特別徴収 (第140条; 秋田市: 直前2月と原則同額) — withheld by the
 *       pension insurer whatever the new 年額; for one not withheld in that February here, the amount the insurer set, as a
 *       clerk entered it with the notice (unconfirmed);</li>
 *   <li>本徴収 (10・12・2月): only with the pension insurer's notice of a pension of at least the national bound (18万円; 下呂市),
 *       (年額 − 仮徴収額) ÷ 3, each rounded by the insurer's unit and the rest on 10月 (unconfirmed); 本徴収 months already
 *       past at the assessment are not withheld — that part is 普通徴収;</li>
 *   <li>a 資格喪失 during the 年度 stops the 特別徴収 from the month of the 喪失日 (no 本徴収);</li>
 *   <li>平準化 (if the insurer does it, 庄原市): the 8月 仮徴収 becomes part of (年額 − 4月・6月) ÷ 4.</li>
 * </ul>
 * What the pension does not take ({@link Kekka#nokori}) is 普通徴収; a negative rest is 過誤納.
 */
public final class TokubetsuChoshuPolicy {

    static final String JO_140 = "介護保険法第140条（仮徴収）";
    static final String JO_135 = "介護保険法第131条・第134条・第135条（特別徴収の対象者と年金保険者の通知）";

    private TokubetsuChoshuPolicy() {
    }

    /** The 特別徴収 期 decided, what is left to 普通徴収 (negative: 過誤納), reasons and the steps. */
    public record Kekka(List<ChoshuKi> kibetsu, long nokori, List<String> riyu, List<Step> steps) {
    }

    public static Kekka tosho(long nengaku, ChoshuJokyo j, ChoshuParameters p, YearMonth kijun) {
        TokubetsuChoshuKijun k = p.kijun().value();
        TokubetsuChoshuTsuchi tsuchi = j.tsuchi();
        List<Step> steps = new ArrayList<>();
        List<String> riyu = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.text("基準日（4月1日）の資格", j.kijunbiHihokensha() ? "第1号被保険者" : "被保険者でない（資格取得日 " + j.shutokubi() + "）"));
        inputs.add(tsuchi == null ? Input.text("年金保険者の通知", "なし")
                : Input.of("通知の年金年額（" + tsuchi.tsuchibi() + (tsuchi.nenkinHokensha() == null ? "" : "、" + tsuchi.nenkinHokensha()) + "）",
                        tsuchi.nenkinNengaku()));
        if (j.zennendoNigatsu() != null) {
            inputs.add(Input.of("前年度2月の特別徴収額", j.zennendoNigatsu()));
        }
        String kijunLabel = String.format("年金年額 %,d円以上、仮徴収 %s月、本徴収 %s月", k.nenkinNengaku(), tsuki(k.karichoshuTsuki()),
                tsuki(k.honchoshuTsuki()));
        if (!j.kijunbiHihokensha()) {
            String why = "年度の途中（" + j.shutokubi() + "）に第1号被保険者となったため、この年度は普通徴収（特別徴収は基準日4月1日の被保険者について年金保険者の通知により始まる）";
            steps.add(hantei(0, inputs, p, kijunLabel, why));
            riyu.add(why);
            return new Kekka(List.of(), nengaku, riyu, steps);
        }
        Long kari = null;
        String kariKonkyo = null;
        if (j.zennendoNigatsu() != null && j.zennendoNigatsu() > 0) {
            kari = j.zennendoNigatsu();
            kariKonkyo = "前年度2月の特別徴収額";
        } else if (tsuchi != null && tsuchi.karichoshuGaku() != null) {
            kari = tsuchi.karichoshuGaku();
            kariKonkyo = "届出の仮徴収額（前年度2月の特別徴収がこの業務にないため、保険者が定めた額）";
        }
        boolean honchoshu = tsuchi != null && tsuchi.nenkinNengaku() >= k.nenkinNengaku() && j.soshitsubi() == null;
        YearMonth stop = j.soshitsubi() == null ? null : YearMonth.from(j.soshitsubi());
        if ((kari == null || kari == 0) && !honchoshu) {
            String why = tsuchi == null ? "年金保険者から特別徴収対象者の通知がない（届出の記録がない）ため普通徴収"
                    : j.soshitsubi() != null ? "年度の途中（" + j.soshitsubi() + "）に資格を喪失したため普通徴収"
                            : String.format("年金年額 %,d円 が %,d円 未満のため普通徴収", tsuchi.nenkinNengaku(), k.nenkinNengaku());
            steps.add(hantei(0, inputs, p, kijunLabel, why));
            riyu.add(why);
            return new Kekka(List.of(), nengaku, riyu, steps);
        }
        List<YearMonth> kariMonths = new ArrayList<>();
        for (YearMonth m : KibetsuBunkatsu.months(j.nendo(), k.karichoshuTsuki())) {
            if (kari != null && kari > 0 && (stop == null || m.isBefore(stop))) {
                kariMonths.add(m);
            }
        }
        List<YearMonth> honMonths = new ArrayList<>();
        if (honchoshu) {
            KibetsuBunkatsu.months(j.nendo(), k.honchoshuTsuki()).stream().filter(m -> m.isAfter(kijun)).forEach(honMonths::add);
        }
        TokubetsuChoshuHoshiki h = p.hoshiki().value();
        YearMonth heijun = h.heijunkaHachigatsu() && !honMonths.isEmpty() && !kariMonths.isEmpty()
                && kariMonths.get(kariMonths.size() - 1).isAfter(kijun) ? kariMonths.remove(kariMonths.size() - 1) : null;
        List<ChoshuKi> ki = new ArrayList<>();
        long kariGokei = 0;
        for (YearMonth m : kariMonths) {
            ki.add(new ChoshuKi(m.getMonthValue() + "月（仮徴収）", m, ChoshuKubun.KARICHOSHU, kari, null));
            kariGokei += kari;
        }
        String why = honchoshu ? "年金（年額 " + String.format("%,d", tsuchi.nenkinNengaku()) + "円）からの特別徴収"
                : "仮徴収のみ特別徴収（" + (tsuchi == null ? "年金保険者の通知がないため"
                        : j.soshitsubi() != null ? "資格喪失（" + j.soshitsubi() + "）により特別徴収を停止するため" : "年金年額が基準未満のため")
                        + "本徴収はしない）";
        steps.add(hantei(1, inputs, p, kijunLabel, why));
        riyu.add(why);
        if (!kariMonths.isEmpty()) {
            steps.add(new Step("karichoshu", "仮徴収額（1回）", JO_140, null, kari, Step.YEN,
                    List.of(Input.of(kariKonkyo, kari), Input.of("回数", kariMonths.size())),
                    List.of(p.kijun().use("仮徴収 " + tsuki(k.karichoshuTsuki()) + "月")),
                    kariKonkyo.startsWith("届出") ? "前年度2月の特別徴収のない者の仮徴収額は届出による（確認できた資料なし）" : null));
            riyu.add(String.format("仮徴収 %s月 各 %,d円（%s）", tsuki(kariMonths), kari, kariKonkyo));
        }
        long rest = nengaku - kariGokei;
        if (honMonths.isEmpty()) {
            if (honchoshu) {
                riyu.add("本徴収の月（" + tsuki(k.honchoshuTsuki()) + "月）が過ぎてからの賦課のため、残りは普通徴収");
            }
            return new Kekka(ki, rest, riyu, steps);
        }
        List<YearMonth> split = new ArrayList<>(honMonths);
        if (heijun != null) {
            split.add(0, heijun);
        }
        List<String> names = split.stream().map(m -> m.getMonthValue() + (m.equals(heijun) ? "月（仮徴収・平準化）" : "月（本徴収）"))
                .toList();
        if (rest > 0) {
            KibetsuBunkatsu.bunkatsu(rest, split, names, h.hasuTani()).forEach(b -> ki.add(new ChoshuKi(b.kibetsu(), b.nengetsu(),
                    b.nengetsu().equals(heijun) ? ChoshuKubun.KARICHOSHU : ChoshuKubun.HONCHOSHU, b.zeigaku(), null)));
        }
        steps.add(new Step("honchoshu", "本徴収額（合計）", "介護保険法第135条・第140条（本徴収: 年額から仮徴収額を除いた額）", null,
                Math.max(rest, 0), Step.YEN, List.of(Input.of("年額", nengaku), Input.of("仮徴収の合計", kariGokei),
                        Input.of("回数", split.size())),
                List.of(p.kijun().use("本徴収 " + tsuki(k.honchoshuTsuki()) + "月"), p.hoshiki().use(label(h))),
                rest < 0 ? "仮徴収の合計が年額を超えるため本徴収なし（差額は過誤納）" : null));
        riyu.add(rest >= 0 ? String.format("本徴収 %s月（年額 %,d円 − 仮徴収 %,d円）÷ %d%s", tsuki(split), nengaku, kariGokei, split.size(),
                heijun != null ? "（8月を平準化）" : "") : String.format("仮徴収の合計 %,d円 が年額 %,d円 を超えるため本徴収なし", kariGokei, nengaku));
        return new Kekka(ki, Math.min(rest, 0), riyu, steps);
    }

    static String label(TokubetsuChoshuHoshiki h) {
        return (h.hasuTani() == 1 ? "1円未満" : String.format("%,d円未満", h.hasuTani())) + "の端数は最初の期へ"
                + (h.heijunkaHachigatsu() ? "、8月の仮徴収を平準化" : "、平準化なし");
    }

    private static Step hantei(long v, List<Input> inputs, ChoshuParameters p, String kijunLabel, String why) {
        return new Step("choshu-hoho", "特別徴収（年金からの徴収）", JO_135, null, v, Step.HANTEI, inputs, List.of(p.kijun().use(kijunLabel)),
                why);
    }

    static String tsuki(List<?> months) {
        return String.join("・", months.stream().map(m -> m instanceof YearMonth y ? String.valueOf(y.getMonthValue()) : m.toString())
                .toList());
    }
}
