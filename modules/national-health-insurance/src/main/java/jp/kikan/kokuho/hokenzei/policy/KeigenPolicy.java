package jp.kikan.kokuho.hokenzei.policy;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.hokenzei.parameter.KeigenKijun;
import jp.kikan.kokuho.hokenzei.parameter.KyuyoShotokushaKijun;
import jp.kikan.kokuho.hokenzei.parameter.TokuteiSetaiKijun;

/**
 * 低所得者の軽減 (7割・5割・2割 of 均等割 and 平等割; 地方税法第703条の5 — article number from general knowledge), as restated
 * by 福島市 https://www.city.fukushima.fukushima.jp/soshiki/7/1030/2/6193.html, 倉敷市
 * https://www.city.kurashiki.okayama.jp/item/135782.htm and 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/keigen.html:
 * judged on the household of 4月1日 (or of the day the household joins later); S = 総所得金額等 of the 世帯主 (also a
 * 擬制世帯主), the insured and the 特定同一世帯所属者, a 65歳以上's pension income less 15万円; 専従者控除 and 特別控除 are not
 * applied (the caller gives 総所得金額等 before them).
 */
public final class KeigenPolicy {

    private KeigenPolicy() {
    }

    /** The 基準日: 4月1日, or the first day a member is insured when nobody is on 4月1日. */
    public static LocalDate kijunbi(int nendo, List<Setaiin> members) {
        LocalDate april = LocalDate.of(nendo, 4, 1);
        if (members.stream().anyMatch(m -> TsukiwariPolicy.shikakuOn(m, april))) {
            return april;
        }
        return members.stream().filter(Setaiin::kokuho)
                .map(m -> m.shikakuShutokubi() != null && m.shikakuShutokubi().isAfter(m.seinengappi()) ? m.shikakuShutokubi()
                        : m.seinengappi())
                .filter(d -> !d.isBefore(april) && d.isBefore(april.plusYears(1))).min(LocalDate::compareTo).orElse(april);
    }

    /**
     * Whether the member's 所得 enters the judgement: the 世帯主, an insured on the 基準日, a 特定同一世帯所属者 (counted
     * as long as {@link TokuteiSetaiPolicy#doitsuKeigen} says).
     */
    public static boolean hanteiTaisho(Setaiin m, LocalDate kijunbi, TokuteiSetaiKijun k) {
        return m.setainushi() || TokuteiSetaiPolicy.doitsuKeigen(m, kijunbi, k) || TsukiwariPolicy.shikakuOn(m, kijunbi);
    }

    /** The member's income for the judgement: a 65歳以上's 公的年金等所得 less up to {@code nenkinKojo}. */
    public static long hanteiShotoku(Setaiin m, int nendo, long nenkinKojo) {
        // a 非自発的失業者 whose period touches the 年度: 給与所得 × 30/100 (防府市; applying it for the whole judgement is inferred)
        long s = TokureiPolicy.hijihatsuInNendo(m, nendo) ? TokureiPolicy.hijihatsuShotoku(m.shotoku()) : m.shotoku().soshoKingakuTo();
        if (NenreiPolicy.over65(m.seinengappi(), nendo)) {
            s -= Math.min(nenkinKojo, m.shotoku().nenkinShotoku());
        }
        return Math.max(0, s);
    }

    /** 給与所得者等: 給与収入 over 55万円, or 公的年金等収入 over 60万円 (65歳未満) / 125万円 (65歳以上). */
    public static boolean kyuyoShotokusha(Setaiin m, int nendo, KyuyoShotokushaKijun k) {
        long limit = NenreiPolicy.over65(m.seinengappi(), nendo) ? k.nenkin65() : k.nenkinUnder65();
        return m.shotoku().kyuyoShunyu() > k.kyuyo() || m.shotoku().nenkinShunyu() > limit;
    }

    public static HokenzeiKekka.Keigen hantei(int nendo, List<Setaiin> members, HokenzeiParameters p) {
        LocalDate kijunbi = kijunbi(nendo, members);
        TokuteiSetaiKijun t = p.tokuteiSetai().value();
        List<Setaiin> taisho = members.stream().filter(m -> hanteiTaisho(m, kijunbi, t)).toList();
        long s = taisho.stream().mapToLong(m -> hanteiShotoku(m, nendo, p.nenkinKojo().value())).sum();
        int g = (int) taisho.stream().filter(m -> kyuyoShotokusha(m, nendo, p.kyuyoShotokusha().value())).count();
        int ninzu = (int) members.stream()
                .filter(m -> TokuteiSetaiPolicy.doitsuKeigen(m, kijunbi, t) || TsukiwariPolicy.shikakuOn(m, kijunbi)).count();
        KeigenKijun k = p.keigen().value();
        long base = k.kiso() + k.kyuyoKasan() * Math.max(g - 1, 0);
        long k5 = base + k.gowariKasan() * ninzu;
        long k2 = base + k.niwariKasan() * ninzu;
        int wari = s <= base ? 7 : s <= k5 ? 5 : s <= k2 ? 2 : 0;
        return new HokenzeiKekka.Keigen(wari, kijunbi, s, g, ninzu, base, k5, k2);
    }
}
