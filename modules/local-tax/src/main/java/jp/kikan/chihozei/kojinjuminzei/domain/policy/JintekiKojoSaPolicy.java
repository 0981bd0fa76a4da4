package jp.kikan.chihozei.kojinjuminzei.domain.policy;

import jp.kikan.chihozei.kojinjuminzei.parameter.KingakuHyoki;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Bracket;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ZeigakuParams;

/**
 * 人的控除額の差の合計額 (地方税法第314条の6第1号): the difference between the 所得税 and 住民税 amounts of each 人的控除
 * granted, as listed by the law (基礎 5万, 一般扶養 5万, 特定扶養 18万, 同居老親 13万 …, parameter
 * {@code jinteki_kojo_sa}). Used by 調整控除 and as the 人的控除差調整額 of the ふるさと納税 特例控除.
 */
public final class JintekiKojoSaPolicy {

    private JintekiKojoSaPolicy() {
    }

    public static long sa(List<JintekiKojo> granted, long honninGokei, KojinJuminzeiParameters p, SanteiKonkyo.Builder konkyo) {
        Param<ZeigakuParams.JintekiKojoSa> param = p.jintekiKojoSa();
        ZeigakuParams.JintekiKojoSa t = param.value();
        List<SanteiKonkyo.Input> inputs = new ArrayList<>();
        List<SanteiKonkyo.ParameterUse> uses = new ArrayList<>();
        long total = 0;
        for (JintekiKojo k : granted) {
            long sa;
            String used;
            switch (k.kojo()) {
                case "kiso" -> {
                    sa = t.kiso();
                    used = "基礎控除";
                }
                case "haigusha" -> {
                    Bracket<KojoParams.IppanRojin> row = t.haigusha().find(honninGokei);
                    sa = "rojin".equals(k.kubun()) ? row.row().rojin() : row.row().ippan();
                    uses.add(Konkyo.use(param, row, "配偶者控除（" + k.kubun() + "）" + KingakuHyoki.format(" %,d", sa)));
                    used = null;
                }
                case "haigusha_tokubetsu" -> {
                    Bracket<List<Long>> row = t.haigushaTokubetsu().find(k.kijun());
                    int column = HaigushaKojoPolicy.column(honninGokei, p.haigushaTokubetsuKojo().value().honninJogen());
                    sa = column < 0 ? 0 : row.row().get(Math.min(column, row.row().size() - 1));
                    uses.add(Konkyo.use(param, row, "配偶者特別控除" + KingakuHyoki.format(" %,d", sa)));
                    used = null;
                }
                case "fuyo" -> {
                    sa = switch (k.kubun()) {
                        case "ippan" -> t.fuyoIppan();
                        case "tokutei" -> t.fuyoTokutei();
                        case "rojin" -> t.fuyoRojin();
                        case "dokyo_roshin" -> t.fuyoDokyoRoshin();
                        default -> 0;
                    };
                    used = "扶養控除（" + k.kubun() + "）";
                }
                case "shogaisha" -> {
                    sa = switch (k.kubun()) {
                        case "tokubetsu_shogaisha" -> t.tokubetsuShogaisha();
                        case "dokyo_tokubetsu_shogaisha" -> t.dokyoTokubetsuShogaisha();
                        default -> t.shogaisha();
                    };
                    used = "障害者控除（" + k.kubun() + "）";
                }
                case "kafu" -> {
                    sa = t.kafu();
                    used = "寡婦控除";
                }
                case "hitorioya" -> {
                    sa = "haha".equals(k.kubun()) ? t.hitorioyaHaha() : t.hitorioyaChichi();
                    used = "ひとり親控除（" + k.kubun() + "）";
                }
                case "kinro_gakusei" -> {
                    sa = t.kinroGakusei();
                    used = "勤労学生控除";
                }
                case "tokutei_shinzoku" -> {
                    sa = t.tokuteiShinzoku();
                    used = "特定親族特別控除";
                }
                default -> throw new IllegalStateException("unknown 人的控除 " + k.kojo());
            }
            if (used != null) {
                uses.add(Konkyo.use(param, used + KingakuHyoki.format(" %,d", sa)));
            }
            inputs.add(Konkyo.in(k.taisho() + " " + k.kojo() + (k.kubun() == null ? "" : "（" + k.kubun() + "）"), sa));
            total += sa;
        }
        konkyo.add(Konkyo.step(Rule.JINTEKI_KOJO_SA, total, inputs, uses, null));
        return total;
    }
}
