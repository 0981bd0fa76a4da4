package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.HitorioyaKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShogaiKubun;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.parameter.HikazeiParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 非課税 (who is not taxed):
 * <ol>
 *   <li>neither 均等割 nor 所得割 for a person on 生活扶助 on 1月1日, and for a 障害者・未成年者・寡婦・ひとり親 whose
 *       合計所得金額 is at most 135万円 (地方税法第295条第1項・第24条の5第1項);</li>
 *   <li>no 均等割 when the 合計所得金額 is at most the 条例's limit, set by the 生活保護 級地 of the municipality
 *       (第295条第3項, 施行令第47条の3);</li>
 *   <li>no 所得割 when the 総所得金額等 is at most 35万円 × N + 10万円 (+ 32万円) (附則第3条の3).</li>
 * </ol>
 * N = 本人 + 同一生計配偶者 + 扶養親族 (年少 included). Where the municipality's 級地 is not in its overlay, the
 * 均等割 is decided only where every 級地 gives the same answer; otherwise the 級地 is required.
 */
public final class HikazeiPolicy {

    private HikazeiPolicy() {
    }

    public static HikazeiHantei hantei(KazeiKiso kiso, ShotokuKeisan shotoku, KojinJuminzeiParameters p,
            SanteiKonkyo.Builder konkyo) {
        int ninzu = 1 + (KazokuPolicy.doitsuSeikeiHaigusha(kiso, p).isPresent() ? 1 : 0) + KazokuPolicy.fuyoShinzoku(kiso, p).size();
        long gokei = shotoku.gokeiShotokuKingaku();
        List<SanteiKonkyo.Input> inputs = new ArrayList<>(List.of(Konkyo.in("合計所得金額", gokei),
                Konkyo.in("総所得金額等", shotoku.soShotokuKingakuTo()), Konkyo.in("人数（本人＋同一生計配偶者＋扶養親族）", ninzu)));
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        String riyu = zengakuRiyu(kiso, gokei, p, uses);
        if (riyu != null) {
            konkyo.add(Konkyo.hantei(Rule.HIKAZEI, true, inputs, uses, "均等割・所得割とも非課税: " + riyu));
            return new HikazeiHantei(true, riyu, true, true, ninzu);
        }
        boolean kintowari = kintowariHikazei(gokei, ninzu, p, uses);
        Param<HikazeiParams.GendoSanshiki> s = p.hikazeiShotokuwari();
        long shotokuwariGendo = s.value().gendo(ninzu);
        uses.add(Konkyo.use(s, s.value().label() + KingakuHyoki.format(" = %,d", shotokuwariGendo)));
        boolean shotokuwari = shotoku.soShotokuKingakuTo() <= shotokuwariGendo;
        String note = (kintowari ? "均等割 非課税" : "均等割 課税") + "、" + (shotokuwari ? "所得割 非課税" : "所得割 課税");
        konkyo.add(Konkyo.hantei(Rule.HIKAZEI, kintowari || shotokuwari, inputs, uses, note));
        return new HikazeiHantei(false, null, kintowari, shotokuwari, ninzu);
    }

    private static String zengakuRiyu(KazeiKiso kiso, long gokei, KojinJuminzeiParameters p, List<SanteiKonkyo.ParameterUse> uses) {
        KazeiKiso.Honnin h = kiso.honnin();
        if (h.seikatsuHogo()) {
            return "賦課期日に生活扶助を受けている";
        }
        List<String> mibun = new ArrayList<>();
        if (h.shogai() != ShogaiKubun.NASHI) {
            mibun.add("障害者");
        }
        int nenrei = NenreiPolicy.nenrei(h.seinengappi(), kiso.nendo().fukaKijitsu());
        Param<Integer> miseinen = p.miseinenNenrei();
        if (nenrei < miseinen.value()) {
            mibun.add("未成年者（賦課期日に" + nenrei + "歳）");
            uses.add(Konkyo.use(miseinen, miseinen.value() + "歳未満"));
        }
        if (h.kafu()) {
            mibun.add("寡婦");
        }
        if (h.hitorioya() != HitorioyaKubun.NASHI) {
            mibun.add("ひとり親");
        }
        Param<Long> gendo = p.hikazeiZengaku();
        if (!mibun.isEmpty()) {
            uses.add(Konkyo.use(gendo, KingakuHyoki.format("合計所得金額 %,d 以下", gendo.value())));
            if (gokei <= gendo.value()) {
                return String.join("・", mibun) + KingakuHyoki.format("で合計所得金額が%,d円以下", gendo.value());
            }
        }
        return null;
    }

    /** 第295条第3項: the 条例's limit by 級地 (also for the 家屋敷課税, where the parameter lets it reach). */
    static boolean kintowariHikazei(long gokei, int ninzu, KojinJuminzeiParameters p,
            List<SanteiKonkyo.ParameterUse> uses) {
        Param<HikazeiParams.KintowariHikazei> param = p.hikazeiKintowari();
        Map<Integer, HikazeiParams.GendoSanshiki> byKyuchi = param.value().kyuchi();
        Optional<Param<Integer>> kyuchi = p.kyuchi();
        if (kyuchi.isPresent()) {
            HikazeiParams.GendoSanshiki s = byKyuchi.get(kyuchi.get().value());
            long gendo = s.gendo(ninzu);
            uses.add(Konkyo.use(kyuchi.get(), kyuchi.get().value() + "級地"));
            uses.add(Konkyo.use(param, kyuchi.get().value() + "級地: " + s.label() + KingakuHyoki.format(" = %,d", gendo)));
            return gokei <= gendo;
        }
        long min = byKyuchi.values().stream().mapToLong(s -> s.gendo(ninzu)).min().orElseThrow();
        long max = byKyuchi.values().stream().mapToLong(s -> s.gendo(ninzu)).max().orElseThrow();
        uses.add(Konkyo.use(param, KingakuHyoki.format("級地の登録なし: どの級地でも %,d 以下なら非課税、%,d 超なら課税", min, max)));
        if (gokei <= min || gokei > max) {
            return gokei <= min;
        }
        throw new RuleViolationException("kyuchi-required", "shikuchosonkodo", StandardErrorCode.E0004, KingakuHyoki.format(
                "%sの級地がパラメータにないため、合計所得金額 %,d 円の均等割の非課税を判定できません（%,d〜%,d 円は級地により異なります）",
                p.dantai().label(), gokei, min + 1, max));
    }
}
