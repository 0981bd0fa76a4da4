package jp.kikan.kokuho.hokenzei;

import static jp.kikan.platform.santei.SanteiKonkyo.Input.of;
import static jp.kikan.platform.santei.SanteiKonkyo.Input.text;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.FukaKeishiki;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.domain.Kubun;
import jp.kikan.platform.santei.SanteiKonkyo.Step;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.hokenzei.domain.TokuteiSetai;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.hokenzei.parameter.Param;
import jp.kikan.kokuho.hokenzei.policy.KeigenPolicy;
import jp.kikan.kokuho.hokenzei.policy.KubunPolicy;
import jp.kikan.kokuho.hokenzei.policy.NenreiPolicy;
import jp.kikan.kokuho.hokenzei.policy.NozeigimushaPolicy;
import jp.kikan.kokuho.hokenzei.policy.TokuteiSetaiPolicy;
import jp.kikan.kokuho.hokenzei.policy.TsukiwariPolicy;

/**
 * 国民健康保険税 of a household for a 年度 (地方税法第703条の4 — article number from general knowledge): 医療分, 後期高齢者
 * 支援金分 and 介護納付金分, each explained step by step. The 納税義務者 is the 世帯主 even when not insured (擬制世帯主).
 */
public final class HokenzeiKeisan {

    /** The laws the trace cites: the tax's (地方税法) or the premium's (国民健康保険法・同施行令) — {@link FukaKeishiki}. */
    private record Ho(FukaKeishiki f, String kazei, String keigen, String mishugakuji, String hijihatsu) {
        static Ho of(FukaKeishiki f) {
            return new Ho(f, f.kazeiHo(), f.keigenHo(), f.zei() ? "地方税法第703条の5" : f.keigenHo(),
                    f.zei() ? "地方税法第703条の4" : f.kazeiHo());
        }
    }

    private HokenzeiKeisan() {
    }

    public static HokenzeiKekka keisan(int nendo, List<Setaiin> members, HokenzeiParameters p) {
        return keisan(nendo, members, List.of(), p);
    }

    /**
     * @param nozeigimusha the 納税義務者 (the 世帯主 at the month's end) of each month, April first — empty when the same
     *                     for the whole 年度; when it changes, each one is liable for his months ({@link NozeigimushaPolicy})
     */
    public static HokenzeiKekka keisan(int nendo, List<Setaiin> members, List<String> nozeigimusha, HokenzeiParameters p) {
        NyuryokuKensa.check(nendo, members);
        Ho ho = Ho.of(p.keishiki().value());
        String kazeiHo = ho.kazei();
        Konkyo k = new Konkyo();
        boolean gisei = members.stream().anyMatch(m -> m.setainushi() && !m.kokuho());
        k.add("gisei-setainushi", "擬制世帯主（世帯主が被保険者でない）", kazeiHo + "; 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html",
                null, gisei ? 1 : 0, Step.HANTEI, List.of(), List.of(),
                gisei ? "世帯主が納税義務者。世帯主の所得は所得割に含めず、軽減判定に含める" : null);

        HokenzeiKekka.Keigen keigen = KeigenPolicy.hantei(nendo, members, p);
        k.add("keigen-hantei", "低所得者の軽減（割）", ho.keigen() + "; 福島市 https://www.city.fukushima.fukushima.jp/soshiki/7/1030/2/6193.html",
                null, keigen.wari(), "割",
                List.of(of("軽減判定所得", keigen.hanteiShotoku()), of("給与所得者等の数", keigen.kyuyoShotokushaToSu()),
                        of("被保険者数+特定同一世帯所属者数", keigen.taishoNinzu()), of("7割の基準", keigen.kijun7wari()),
                        of("5割の基準", keigen.kijun5wari()), of("2割の基準", keigen.kijun2wari()),
                        text("判定の基準日", keigen.hanteiKijunbi().toString())),
                List.of(Konkyo.use(p.keigen(), p.keigen().value().label()),
                        Konkyo.use(p.nenkinKojo(), String.format("%,d円", p.nenkinKojo().value())),
                        Konkyo.use(p.kyuyoShotokusha(), p.kyuyoShotokusha().value().label())),
                "判定所得が基準以下なら軽減（以下を含む）");

        int mishugakuji = (int) members.stream().filter(m -> m.kokuho() && NenreiPolicy.mishugakuji(m.seinengappi(), nendo)).count();
        if (mishugakuji > 0) {
            k.add("mishugakuji", "未就学児の数", ho.mishugakuji() + "; 四街道市 https://www.city.yotsukaido.chiba.jp/smph/kurashi/kokuho/zei/ykokuho20190327.html",
                    null, mishugakuji, "人", List.of(), List.of(Konkyo.use(p.mishugakujiWari(), p.mishugakujiWari().value() + "割")),
                    "医療分・支援金分の均等割を軽減の後さらに減額");
        }

        tokurei(k, nendo, members, ho);
        TokuteiSetaiPolicy.Hantei tokutei = TokuteiSetaiPolicy.hantei(nendo, members, p.tokuteiSetai().value(),
                NozeigimushaPolicy.henko(nozeigimusha));
        if (tokutei.ari()) {
            TokuteiSetai t = tokutei.tsuki().get(tokutei.kaishi());
            k.add("tokutei-setai", t.nameJa() + "（平等割の減額）の月数", ho.kazei() + (ho.f().zei() ? "; 地方税法施行令第56条の88の2" : "") + "; 佐倉市 "
                    + "https://www.city.sakura.lg.jp/soshiki/kenkohokenka/89/5720.html ; 三島市 http://www.city.mishima.shizuoka.jp/ipn026413.html",
                    null, tokutei.tsuki().stream().filter(x -> x != TokuteiSetai.NASHI).count(), Step.TSUKI,
                    List.of(text("特定同一世帯所属者が後期高齢者医療に移った月", tokutei.ikoTsuki().orElseThrow().toString()),
                            text("該当した月", TsukiwariPolicy.tsuki(nendo).get(tokutei.kaishi()).toString()),
                            of("移った月からの月数", tokutei.keikaTsukisu())),
                    List.of(Konkyo.use(p.tokuteiSetai(), p.tokuteiSetai().value().label())),
                    "被保険者が1人の世帯。賦課期日（年度の途中で該当したときはその月）に判断し、年度末まで続ける（世帯主が変われば終わる）。"
                            + "60か月・36か月の数え方は推定（inferred）");
        }

        List<HokenzeiKekka.KubunKekka> kubun = new ArrayList<>();
        long total = 0;
        for (Kubun ku : Kubun.values()) {
            if (!p.zeiritsu().containsKey(ku)) {
                continue;
            }
            HokenzeiKekka.KubunKekka r = KubunPolicy.kubun(ku, members, keigen.wari(), tokutei.tsuki(), p);
            kubun.add(r);
            total += r.nengaku();
        }
        List<HokenzeiKekka.Bunpai> bunpai = NozeigimushaPolicy.bunpai(kubun, nozeigimusha, p.hasuTani().value()).orElse(null);
        if (bunpai != null) {
            // each 納税義務者's share is rounded on its own; the 区分 and the year are their sums
            List<HokenzeiKekka.KubunKekka> shared = new ArrayList<>();
            for (int i = 0; i < kubun.size(); i++) {
                HokenzeiKekka.KubunKekka r = kubun.get(i);
                int idx = i;
                shared.add(new HokenzeiKekka.KubunKekka(r.kubun(), r.kikan(), r.tsukisu(),
                        bunpai.stream().mapToLong(b -> b.kubun().get(idx).nengaku()).sum(), r.getsugaku()));
            }
            kubun = shared;
            total = bunpai.stream().mapToLong(HokenzeiKekka.Bunpai::nengaku).sum();
        }
        for (HokenzeiKekka.KubunKekka r : kubun) {
            explain(k, r.kubun(), r, p, ho);
        }
        if (bunpai != null) {
            for (HokenzeiKekka.Bunpai b : bunpai) {
                k.add("nozeigimusha-betsu", "納税義務者ごとの" + ho.f().nengakuMei() + "（世帯主であった月の月割）", kazeiHo
                        + "; 松阪市 https://www.city.matsusaka.mie.jp/soshiki/23/setainushikazei.html", null, b.nengaku(), Step.YEN,
                        List.of(text("納税義務者", b.nozeigimusha()), text("月", b.tsuki().toString()), of("月数", b.tsuki().size())),
                        List.of(Konkyo.use(p.hasuTani(), p.hasuTani().value() + "円未満切捨て")),
                        "年度の途中で世帯主が変わった: 変更前の世帯主は変更前の月まで、新しい世帯主は変更の月から（月末の世帯主）。"
                                + "区分ごとに Σ（その月の限度額の後の年額）÷ 12 を端数処理。納税義務者ごとに端数処理する順序は推定（inferred）");
            }
        }
        k.add("nengaku", ho.f().nameJa() + " " + ho.f().nengakuMei(), kazeiHo, null, total, Step.YEN,
                kubun.stream().map(r -> of(r.kubun().nameJa(), r.nengaku())).toList(), List.of(), null);
        return new HokenzeiKekka(nendo, Konkyo.nendoLabel(nendo), gisei, keigen, mishugakuji, kubun, total, k.build(), bunpai);
    }

    private static void tokurei(Konkyo k, int nendo, List<Setaiin> members, Ho ho) {
        for (int i = 0; i < members.size(); i++) {
            Setaiin m = members.get(i);
            int idx = i;
            long sanzen = jp.kikan.kokuho.hokenzei.policy.TsukiwariPolicy.tsuki(nendo).stream()
                    .filter(mo -> jp.kikan.kokuho.hokenzei.policy.TokureiPolicy.sanzenSango(m, mo)).count();
            if (sanzen > 0) {
                k.add("sanzen-sango", "産前産後の免除の月数", ho.f().sanzenSangoHo() + "; いちき串木野市 https://www.city.ichikikushikino.lg.jp/zeimu2/kokuhozei/sanzensango.html",
                        null, sanzen, Step.TSUKI, List.of(of("世帯員", idx + 1), text("出産予定日", m.tokurei().shussanYoteibi().toString())),
                        List.of(), "その月の所得割・均等割を課さない（平等割は課す）。限度額の前に減額する順序は推定（inferred）");
            }
            if (jp.kikan.kokuho.hokenzei.policy.TokureiPolicy.hijihatsuInNendo(m, nendo)) {
                k.add("hijihatsu", "非自発的失業者の所得", ho.hijihatsu() + "; 防府市 http://www.city.hofu.yamaguchi.jp/soshiki/14/kokuho-hijihatu-keigen.html",
                        null, jp.kikan.kokuho.hokenzei.policy.TokureiPolicy.hijihatsuShotoku(m.shotoku()), Step.YEN,
                        List.of(of("世帯員", idx + 1), of("総所得金額等", m.shotoku().soshoKingakuTo()),
                                of("給与所得", m.shotoku().kyuyoShotoku()), text("離職日", m.tokurei().rishokubi().toString())),
                        List.of(), "給与所得 × 30/100。離職日の翌日の月から翌年度末までの所得割に、軽減判定には年度の全体に用いる（推定 inferred）");
            }
        }
    }

    private static void explain(Konkyo k, Kubun ku, HokenzeiKekka.KubunKekka r, HokenzeiParameters p, Ho ho) {
        String kazeiHo = ho.kazei();
        Param<?> rate = p.zeiritsu().get(ku);
        Param<Long> gendo = p.gendogaku().get(ku);
        String b = ku.nameJa();
        for (HokenzeiKekka.Kikan g : r.kikan()) {
            String months = g.tsukiKara() + "月〜" + g.tsukiMade() + "月";
            k.add("shotokuwari", "所得割額（年額）", kazeiHo + "; 加古川市 https://www.city.kakogawa.lg.jp/soshikikarasagasu/kenkouiryou/kokuminkenkohokenka/kokuho/kokuminkenkohokenryo/46797.html",
                    b, g.shotokuwari(), Step.YEN, List.of(of("被保険者数", g.hihokenshasu()), text("期間", months)),
                    List.of(Konkyo.use(rate, p.zeiritsu().get(ku).value().label()),
                            Konkyo.use(p.kisoKojo(), String.format("%,d円", p.kisoKojo().value()))),
                    "率 × Σ max(0, 総所得金額等 − 基礎控除)。擬制世帯主の所得は含めない");
            k.add("kintowari", "均等割額（年額）", kazeiHo, b, g.kintowari() - g.kintowariKeigen() - g.mishugakujiKeigen(), Step.YEN,
                    List.of(of("均等割 × 被保険者数", g.kintowari()), of("軽減額", g.kintowariKeigen()),
                            of("未就学児の軽減額", g.mishugakujiKeigen()), text("期間", months)),
                    List.of(Konkyo.use(rate, p.zeiritsu().get(ku).value().label())), null);
            long tokutei = g.byodowariTokuteiGengaku() == null ? 0 : g.byodowariTokuteiGengaku();
            List<jp.kikan.platform.santei.SanteiKonkyo.Input> in = new ArrayList<>(List.of(of("平等割", g.byodowari())));
            if (g.tokuteiSetai() != null) {
                in.add(of("特定世帯・特定継続世帯の減額", tokutei));
            }
            in.add(of("軽減額", g.byodowariKeigen()));
            in.add(text("期間", months));
            k.add("byodowari", "平等割額（年額）", kazeiHo, b, g.byodowari() - tokutei - g.byodowariKeigen(), Step.YEN, in,
                    g.tokuteiSetai() == null ? List.of(Konkyo.use(rate, p.zeiritsu().get(ku).value().label()))
                            : List.of(Konkyo.use(rate, p.zeiritsu().get(ku).value().label()),
                                    Konkyo.use(p.tokuteiSetai(), p.tokuteiSetai().value().label())),
                    g.tokuteiSetai() == null ? null : "特定世帯・特定継続世帯の減額の後の平等割に7・5・2割の軽減（秦野市）");
            k.add("gendogaku", "賦課限度額の適用", kazeiHo + "; 防府市 https://www.city.hofu.yamaguchi.jp/soshiki/14/hokenryou2022.html",
                    b, g.nengakuSoto(), Step.YEN, List.of(of("限度額の前", g.gokei()), of("限度額", g.gendogaku()), text("期間", months)),
                    List.of(Konkyo.use(gendo, String.format("%,d円", gendo.value()))),
                    g.gendogakuTekiyo() ? "限度額を適用" : "限度額以下");
        }
        k.add("tsukiwari", ho.f().nengakuMei() + "（月割・" + p.hasuTani().value() + "円未満切捨て）", kazeiHo + "; 鹿島市 https://www.city.saga-kashima.lg.jp/main/26689.html ; 南魚沼市 https://www.city.minamiuonuma.niigata.jp/docs/1357.html",
                b, r.nengaku(), Step.YEN, List.of(of("月数", r.tsukisu())),
                List.of(Konkyo.use(p.hasuTani(), p.hasuTani().value() + "円未満切捨て")),
                "Σ（限度額の後の年額 × 月数）÷ 12。限度額を年額に適用してから月割し、最後に端数処理する順序は推定（inferred）");
    }
}
