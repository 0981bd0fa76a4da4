package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.ChoshuParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;

/**
 * 公的年金等に係る所得に係る特別徴収 (地方税法第321条の7の2以下) of the tax on the 公的年金等 income:
 * <ul>
 *   <li>継続 (from the 2nd year): 仮特別徴収 in 4月・6月・8月 = 前年度の年金に係る税額 ÷ 6 each; 本特別徴収 in 10月・12月・2月
 *       = (年税額 − 仮特別徴収額) ÷ 3 each (蟹江町, 瑞穂市, 倉敷市);</li>
 *   <li>初年度: 普通徴収 in 6月・8月 of 年税額 ÷ 4 each, 特別徴収 in 10月・12月・2月 of 年税額 ÷ 6 each (瑞穂市, 士別市).</li>
 * </ul>
 * For a person aged 65 or over on 4月1日 with 年金 of 18万円 or more (小諸市). The rounding of each amount is a
 * parameter not confirmed from a source read.
 */
public final class NenkinTokubetsuChoshuPolicy {

    private NenkinTokubetsuChoshuPolicy() {
    }

    /** Whether the tax on the pension is collected from the pension in this 年度. */
    public static boolean taisho(LocalDate seinengappi, long nenkinNengaku, KojinJuminzeiParameters p) {
        ChoshuParams.NenkinChoshu t = p.nenkinTokubetsuChoshu().value();
        LocalDate april1 = LocalDate.of(p.nendo().seireki(), 4, 1);
        return NenreiPolicy.nenrei(seinengappi, april1) >= t.taishoNenrei() && nenkinNengaku >= t.nenkinGakuKagen();
    }

    /** 2nd year on: 仮特別徴収 from last year's tax, 本特別徴収 of the rest. A negative rest is 過誤納 (not collected). */
    public static ChoshuKeikaku keizoku(long nenkinBunZeigaku, long zennendoNenkinBunZeigaku, KojinJuminzeiParameters p) {
        Param<ChoshuParams.NenkinChoshu> param = p.nenkinTokubetsuChoshu();
        ChoshuParams.NenkinChoshu t = param.value();
        long kari = zennendoNenkinBunZeigaku / t.kariBunbo() / t.hasuTani() * t.hasuTani();
        List<YearMonth> kariMonths = p.nendo().nengetsu(t.kariTsuki());
        List<Kibetsu> out = new ArrayList<>();
        kariMonths.forEach(m -> out.add(new Kibetsu("仮特別徴収 " + m.getMonthValue() + "月", m, kari)));
        long rest = Math.max(0, nenkinBunZeigaku - kari * kariMonths.size());
        List<YearMonth> honMonths = p.nendo().nengetsu(t.honTsuki());
        out.addAll(BunkatsuPolicy.bunkatsu(rest, honMonths, honMonths.stream().map(m -> "本特別徴収 " + m.getMonthValue() + "月").toList(),
                t.hasuTani(), t.hasuKibetsu()));
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(Konkyo.step(Rule.NENKIN_TOKUBETSU_CHOSHU, nenkinBunZeigaku,
                List.of(Konkyo.in("年金に係る年税額", nenkinBunZeigaku), Konkyo.in("前年度の年金に係る税額", zennendoNenkinBunZeigaku)),
                List.of(Konkyo.use(param, KingakuHyoki.format("仮特別徴収 %s月 各 前年度÷%d; 本特別徴収 %s月 各 残り÷%d; %d円未満の端数は最初の期へ",
                        t.kariTsuki(), t.kariBunbo(), t.honTsuki(), t.honTsuki().size(), t.hasuTani()))),
                nenkinBunZeigaku < kari * kariMonths.size() ? "仮特別徴収額が年税額を超える: 過誤納" : "継続")));
        return new ChoshuKeikaku(ChoshuHoho.NENKIN_TOKUBETSU_CHOSHU, p.nendo(), nenkinBunZeigaku, out, konkyo);
    }

    /** 1st year: the first half by 普通徴収 (6月・8月), the second half from the pension (10月・12月・2月). */
    public static List<ChoshuKeikaku> shonendo(long nenkinBunZeigaku, KojinJuminzeiParameters p) {
        Param<ChoshuParams.NenkinChoshu> param = p.nenkinTokubetsuChoshu();
        ChoshuParams.NenkinChoshu t = param.value();
        List<YearMonth> honMonths = p.nendo().nengetsu(t.honTsuki());
        List<YearMonth> futsuMonths = p.nendo().nengetsu(t.shonendoFutsuTsuki());
        int parts = honMonths.size() * 2;
        long each = nenkinBunZeigaku / parts / t.hasuTani() * t.hasuTani();
        List<Kibetsu> toku = new ArrayList<>();
        honMonths.forEach(m -> toku.add(new Kibetsu("特別徴収 " + m.getMonthValue() + "月", m, each)));
        long futsu = nenkinBunZeigaku - each * honMonths.size();
        List<Kibetsu> fu = BunkatsuPolicy.bunkatsu(futsu, futsuMonths, BunkatsuPolicy.kiNames(futsuMonths.size()), t.hasuTani(),
                t.hasuKibetsu());
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(Konkyo.step(Rule.NENKIN_TOKUBETSU_CHOSHU, nenkinBunZeigaku,
                List.of(Konkyo.in("年金に係る年税額", nenkinBunZeigaku)),
                List.of(Konkyo.use(param, KingakuHyoki.format("初年度: 普通徴収 %s月 各 ÷%d, 特別徴収 %s月 各 ÷%d", t.shonendoFutsuTsuki(),
                        futsuMonths.size() * 2, t.honTsuki(), parts))),
                "初年度")));
        return List.of(new ChoshuKeikaku(ChoshuHoho.FUTSU_CHOSHU, p.nendo(), futsu, fu, konkyo),
                new ChoshuKeikaku(ChoshuHoho.NENKIN_TOKUBETSU_CHOSHU, p.nendo(), nenkinBunZeigaku - futsu, toku, konkyo));
    }
}
