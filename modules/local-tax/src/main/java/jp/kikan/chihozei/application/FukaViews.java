package jp.kikan.chihozei.application;

import java.util.List;
import java.util.Locale;
import jp.kikan.chihozei.application.parameter.ParameterViews;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.KoseiKekka;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;

/**
 * The contract's representation of the engine's results (schemas KojinJuminzeiFuka, ChoshuKeikaku, Sagaku of
 * contracts/local-tax/v1.yaml), written as JSON in snake_case. Stored with each assessment as computed, so
 * that what a clerk sees later is what was decided then.
 */
public final class FukaViews {

    private FukaViews() {
    }

    public record Fuka(int nendo, String nendoLabel, String shikuchosonkodo, String dantaiMei, ShotokuKeisan shotoku,
            ShotokuKojoKeisan kojo, long kazeiSoshotokuKingaku, HikazeiHantei hikazei, ZeigakuBubun shi, ZeigakuBubun ken,
            long shinrinKankyozei, long nenzeigaku, List<Step> santeiKonkyo) {
    }

    public record Step(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<SanteiKonkyo.Input> inputs, List<SanteiKonkyo.ParameterUse> parameters, String note, String setsumei) {
    }

    /** @param tokubetsuChoshuGimusha the employer who collects (給与所得に係る特別徴収 only), else null */
    public record Choshu(String hoho, long zeigaku, List<Kibetsu> kibetsu, Gimusha tokubetsuChoshuGimusha) {

        public Choshu(String hoho, long zeigaku, List<Kibetsu> kibetsu) {
            this(hoho, zeigaku, kibetsu, null);
        }
    }

    /** 特別徴収義務者: {@code kagi} is how its 特別徴収税額通知 is asked for (指定番号, else the name). */
    public record Gimusha(String shiharaishaMeisho, String shiteibango, String kagi) {

        static Gimusha of(jp.kikan.chihozei.infrastructure.TokubetsuChoshuGimusha g) {
            return g == null ? null : new Gimusha(g.shiharaishaMeisho(), g.shiteibango(), g.kagi());
        }
    }

    public record Kibetsu(String kibetsu, String nengetsu, long zeigaku) {
    }

    public record Sagaku(String kibetsu, String nengetsu, long genzai, long koseigo, long sagaku, boolean torai) {
    }

    /** A 試算's result, with the parameter set it was computed with. */
    public record Shisan(Fuka fuka, Choshu futsuChoshu, ParameterViews.ParameterShugo parameterSet) {
    }

    public static Fuka of(KojinJuminzeiFuka f) {
        return new Fuka(f.nendo().seireki(), f.nendo().label(), f.shikuchosonkodo(), f.dantaiMei(), f.shotoku(), f.kojo(),
                f.kazeiSoshotokuKingaku(), f.hikazei(), f.shi(), f.ken(), f.shinrinKankyozei(), f.nenZeigaku(),
                steps(f.santeiKonkyo()));
    }

    public static List<Step> steps(SanteiKonkyo k) {
        return k.steps().stream().map(s -> new Step(s.ruleId(), s.nameJa(), s.legalBasis(), s.bubun(), s.value(), s.tani(),
                s.inputs(), s.parameters(), s.note(), s.setsumei())).toList();
    }

    public static Choshu of(ChoshuKeikaku c) {
        return of(c, null);
    }

    public static Choshu of(ChoshuKeikaku c, jp.kikan.chihozei.infrastructure.TokubetsuChoshuGimusha gimusha) {
        return new Choshu(c.hoho().name().toLowerCase(Locale.ROOT), c.zeigaku(),
                c.kibetsu().stream().map(k -> new Kibetsu(k.kibetsu(), k.nengetsu().toString(), k.zeigaku())).toList(),
                Gimusha.of(gimusha));
    }

    public static List<Sagaku> of(KoseiKekka k) {
        return k.sagaku().stream().map(s -> new Sagaku(s.kibetsu(), s.nengetsu().toString(), s.genzai(), s.koseigo(),
                s.sagaku(), s.torai())).toList();
    }
}
