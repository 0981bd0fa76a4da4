package jp.kikan.kokuho.hokenzei.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.domain.TokuteiSetai;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.hokenzei.parameter.Zeiritsu;

/**
 * One 区分's annual amount for one composition of members, and the 月割 over the 年度. Per composition:
 * 所得割 = 率 × Σ max(0, 総所得金額等 − 基礎控除 43万円) of the insured (not of a 擬制世帯主: 松阪市
 * https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html); 均等割 × 被保険者数 and 平等割, each less the
 * 7・5・2割 軽減; 未就学児 均等割 less a further 5割 after 軽減 (医療分・支援金分 only; 四街道市); then the 賦課限度額
 * (after 軽減: levy rules B1). The year's amount is Σ (capped annual × months) / 12, 100円未満切捨て per 区分 (南魚沼市
 * https://www.city.minamiuonuma.niigata.jp/docs/1357.html). Applying the cap to the annual amount before 月割, and
 * rounding once after it, is inferred (levy rules B6, open item 4); the trace says so.
 */
public final class KubunPolicy {

    /** Amounts are kept in millionths of a yen until rounded: rates are in parts per million. */
    static final long S = 1_000_000L;

    private KubunPolicy() {
    }

    /** The members of the 区分 at the end of month {@code m} (indexes into {@code members}). */
    public static List<Integer> taisho(Kubun k, List<Setaiin> members, YearMonth m) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Setaiin s = members.get(i);
            if (TsukiwariPolicy.getsumatsuShikaku(s, m) && (k != Kubun.KAIGO || NenreiPolicy.kaigo(s.seinengappi(), m))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A composition's annual amounts, in millionths of a yen; {@code tokuteiGengaku} what the 平等割 is less for a
     * 特定世帯 or 特定継続世帯 (before the 7・5・2割 軽減, which applies to what is left: 秦野市).
     */
    public record Nengaku(long shotokuwari, long kintowari, long kintowariKeigen, long mishugakujiKeigen, long byodowari,
            long tokuteiGengaku, long byodowariKeigen, long gokei, long soto, boolean gendo) {
    }

    /** The members exempt (産前産後) at month {@code m}, among {@code taisho}. */
    public static List<Integer> menjo(List<Setaiin> members, List<Integer> taisho, YearMonth m) {
        return taisho.stream().filter(i -> TokureiPolicy.sanzenSango(members.get(i), m)).toList();
    }

    /**
     * A month's composition: who is in the 区分, who of them is exempt, whose income is the 非自発的失業者's, and whether
     * the household is a 特定世帯 or 特定継続世帯 for this 区分's 平等割.
     */
    public record Kosei(List<Integer> taisho, List<Integer> menjo, List<Integer> hijihatsu, TokuteiSetai tokutei) {
        static Kosei of(Kubun k, List<Setaiin> members, YearMonth m, TokuteiSetai tokutei) {
            List<Integer> t = KubunPolicy.taisho(k, members, m);
            return new Kosei(t, KubunPolicy.menjo(members, t, m),
                    t.stream().filter(i -> TokureiPolicy.hijihatsu(members.get(i), m)).toList(), tokutei);
        }
    }

    public static Nengaku nengaku(Kubun k, List<Setaiin> members, List<Integer> taisho, int wari, HokenzeiParameters p) {
        return nengaku(k, members, new Kosei(taisho, List.of(), List.of(), TokuteiSetai.NASHI), wari, p);
    }

    public static Nengaku nengaku(Kubun k, List<Setaiin> members, Kosei kosei, int wari, HokenzeiParameters p) {
        List<Integer> taisho = kosei.taisho();
        Zeiritsu z = p.zeiritsu().get(k).value();
        long kiso = p.kisoKojo().value();
        long shotokuwari = 0;
        long mishugakuji = 0;
        int levied = 0;
        for (int i : taisho) {
            Setaiin s = members.get(i);
            if (kosei.menjo().contains(i)) {
                continue; // 産前産後: neither 所得割 nor 均等割 for the mother this month
            }
            levied++;
            long base = kosei.hijihatsu().contains(i) ? TokureiPolicy.hijihatsuShotoku(s.shotoku()) : s.shotoku().soshoKingakuTo();
            shotokuwari += Math.max(0, base - kiso) * z.shotokuwariPpm();
            if (k != Kubun.KAIGO && NenreiPolicy.mishugakuji(s.seinengappi(), p.nendo())) {
                mishugakuji += z.kintowari() * S * (10 - wari) / 10 * p.mishugakujiWari().value() / 10;
            }
        }
        long kintowari = z.kintowari() * S * levied;
        long kintowariKeigen = kintowari * wari / 10;
        long byodowari = taisho.isEmpty() ? 0 : z.byodowari() * S;
        long tokutei = byodowari - TokuteiSetaiPolicy.byodowari(byodowari, kosei.tokutei(), p.tokuteiSetai().value());
        long byodowariKeigen = (byodowari - tokutei) * wari / 10;
        long gokei = shotokuwari + kintowari - kintowariKeigen - mishugakuji + byodowari - tokutei - byodowariKeigen;
        long cap = p.gendogaku().get(k).value() * S;
        return new Nengaku(shotokuwari, kintowari, kintowariKeigen, mishugakuji, byodowari, tokutei, byodowariKeigen, gokei,
                Math.min(gokei, cap), gokei > cap);
    }

    /**
     * The 区分 over the 年度: months grouped by composition, then 月割 and rounding.
     *
     * @param tokutei the household's 特定世帯 status by month (April first), applied where the parameter names the 区分
     */
    public static HokenzeiKekka.KubunKekka kubun(Kubun k, List<Setaiin> members, int wari, List<TokuteiSetai> tokutei,
            HokenzeiParameters p) {
        boolean kubunTokutei = p.tokuteiSetai().value().kubun().contains(k);
        List<HokenzeiKekka.Kikan> kikan = new ArrayList<>();
        List<YearMonth> tsuki = TsukiwariPolicy.tsuki(p.nendo());
        long sum = 0;
        int months = 0;
        int start = 0;
        List<Long> getsugaku = new ArrayList<>(java.util.Collections.nCopies(12, 0L));
        while (start < 12) {
            Kosei c = Kosei.of(k, members, tsuki.get(start), kubunTokutei ? tokutei.get(start) : TokuteiSetai.NASHI);
            List<Integer> t = c.taisho();
            int end = start;
            while (end + 1 < 12 && Kosei.of(k, members, tsuki.get(end + 1),
                    kubunTokutei ? tokutei.get(end + 1) : TokuteiSetai.NASHI).equals(c)) {
                end++;
            }
            int n = end - start + 1;
            if (!t.isEmpty()) {
                Nengaku g = nengaku(k, members, c, wari, p);
                sum += g.soto() * n;
                months += n;
                for (int i = start; i <= end; i++) {
                    getsugaku.set(i, g.soto());
                }
                kikan.add(new HokenzeiKekka.Kikan(tsuki.get(start).getMonthValue(), tsuki.get(end).getMonthValue(), n, t.size(),
                        yen(g.shotokuwari()), yen(g.kintowari()), yen(g.kintowariKeigen()), yen(g.mishugakujiKeigen()),
                        yen(g.byodowari()), yen(g.byodowariKeigen()), yen(g.gokei()), p.gendogaku().get(k).value(), g.gendo(),
                        yen(g.soto()), c.tokutei().code(), c.tokutei() == TokuteiSetai.NASHI ? null : yen(g.tokuteiGengaku())));
            }
            start = end + 1;
        }
        long unit = p.hasuTani().value();
        long nengaku = sum / (12 * S * unit) * unit;
        return new HokenzeiKekka.KubunKekka(k, kikan, months, nengaku, List.copyOf(getsugaku));
    }

    static long yen(long millionths) {
        return millionths / S;
    }
}
