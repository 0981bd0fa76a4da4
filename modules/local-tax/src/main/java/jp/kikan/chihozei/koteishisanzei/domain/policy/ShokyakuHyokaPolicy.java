package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;
import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The 評価額 of a declared 償却資産 (地方税法第388条第1項, 固定資産評価基準 第3章): in the 年度 after the year it was
 * acquired, 取得価額 × 前年中取得の減価残存率 (half a year's decline whatever the month); each later 年度, the previous
 * 年度's 評価額 × 前年前取得の減価残存率; each 1円未満切捨て; never below 取得価額 × 最低限度 (5%) — the rule and the
 * rounding of the worked examples of 箱根町 and 彦根市 (parameter shokyaku_hyoka).
 */
public final class ShokyakuHyokaPolicy {

    public static final String RULE = "shokyaku-shinkoku";

    private ShokyakuHyokaPolicy() {
    }

    /** What a line must be for the 年度: acquired before its 賦課期日, a 取得価額, a 耐用年数 of the table. */
    public static List<FieldViolation> check(int nendo, List<ShokyakuShisanMeisai> lines, String prefix,
            Param<KoteiParams.ShokyakuHyoka> p) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ShokyakuShisanMeisai m = lines.get(i);
            String f = prefix + "[" + i + "].";
            if (!m.shutokuNengetsu().isBefore(YearMonth.of(nendo, 1))) {
                v.add(new FieldViolation(f + "shutoku_nengetsu", StandardErrorCode.E0004, RULE, "取得年月 " + m.shutokuNengetsu()
                        + " は賦課期日（" + nendo + "年1月1日）より後です。1月1日の取得は前年12月として申告します"));
            }
            if (m.shutokuKakaku() < 1) {
                v.add(new FieldViolation(f + "shutoku_kakaku", StandardErrorCode.E0004, RULE, "取得価額は1円以上です"));
            }
            if (p.value().of(m.taiyoNensu()).isEmpty()) {
                v.add(new FieldViolation(f + "taiyo_nensu", StandardErrorCode.E0004, RULE, "耐用年数 " + m.taiyoNensu()
                        + "年は減価率表（" + p.value().saishoNensu() + "〜" + p.value().saidaiNensu() + "年）にありません"));
            }
        }
        return v;
    }

    /** The 評価額 of a line already checked, with its step in the 算定根拠. */
    public static long hyokagaku(int nendo, ShokyakuShisanMeisai m, Param<KoteiParams.ShokyakuHyoka> p,
            SanteiKonkyo.Builder konkyo) {
        KoteiParams.GenkaRitsu r = p.value().of(m.taiyoNensu()).orElseThrow();
        long saitei = KoteiKonkyo.yen(p.value().saiteiGendo().times(m.shutokuKakaku()));
        int keika = nendo - 1 - m.shutokuNengetsu().getYear();
        long v = KoteiKonkyo.yen(r.zennenchuShutoku().times(m.shutokuKakaku()));
        List<String> nendoGoto = new ArrayList<>();
        nendoGoto.add(String.format("%d年度 %,d円", nendo - keika, v));
        for (int k = 1; k <= keika && v > saitei; k++) {
            v = KoteiKonkyo.yen(r.zennenmaeShutoku().times(v));
            nendoGoto.add(String.format("%d年度 %,d円", nendo - keika + k, v));
        }
        long hyoka = Math.max(v, saitei);
        konkyo.add(KoteiKonkyo.step(KoteiRule.SHOKYAKU_HYOKA, null, hyoka,
                List.of(text("償却資産", m.label()), text("取得年月", m.shutokuNengetsu().toString()),
                        in("取得価額", m.shutokuKakaku()), text("耐用年数", m.taiyoNensu() + "年"),
                        text("経過", keika == 0 ? "前年中取得" : "前年前取得（取得の翌年度から" + keika + "年度）"),
                        in("最低限度額", saitei)),
                List.of(KoteiKonkyo.use(p, "耐用年数" + r.taiyoNensu() + "年: 減価率 " + r.genkaRitsu() + "、前年中取得 "
                        + r.zennenchuShutoku() + "、前年前取得 " + r.zennenmaeShutoku() + "、最低限度 取得価額 × " + p.value().saiteiGendo())),
                (v <= saitei ? "最低限度額（取得価額の" + p.value().saiteiGendo() + "）: " : "") + abbreviate(nendoGoto)));
        return hyoka;
    }

    /** The values by 年度 as the worked examples print them; a long life shows its first and last years. */
    private static String abbreviate(List<String> nendoGoto) {
        if (nendoGoto.size() <= 8) {
            return String.join(" → ", nendoGoto);
        }
        return String.join(" → ", nendoGoto.subList(0, 4)) + " → … → "
                + String.join(" → ", nendoGoto.subList(nendoGoto.size() - 3, nendoGoto.size()));
    }
}
