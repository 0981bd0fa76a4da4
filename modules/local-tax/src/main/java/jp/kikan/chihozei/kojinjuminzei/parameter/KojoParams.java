package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.List;

/** Parameter values of the 所得控除 (deductions from income). */
public final class KojoParams {

    private KojoParams() {
    }

    /** An amount for an ordinary (一般) and an elderly (老人) spouse. */
    public record IppanRojin(long ippan, long rojin) {
    }

    /** 配偶者控除: rows by the taxpayer's 合計所得金額. */
    public record HaigushaKojo(int rojinNenrei, BracketTable<IppanRojin> honnin) {
    }

    /** 配偶者特別控除: rows by the spouse's 合計所得金額, one amount per taxpayer column (honninJogen). */
    public record HaigushaTokubetsuKojo(List<Long> honninJogen, BracketTable<List<Long>> haigusha) {
    }

    /** An age class of 扶養控除 (nensho, ippan, tokutei, rojin) and its amount. */
    public record FuyoKubun(String kubun, long kojo) {
    }

    /** 扶養控除: rows by age on 12月31日, and the amount for a 同居老親等. */
    public record FuyoKojo(BracketTable<FuyoKubun> kubun, long dokyoRoshin) {
    }

    /** 特定親族特別控除 (令和8年度から): age range and rows by the relative's 合計所得金額. */
    public record TokuteiShinzoku(boolean tekiyo, int nenreiFrom, int nenreiTo, BracketTable<Long> shinzoku) {
        public static TokuteiShinzoku notApplicable() {
            return new TokuteiShinzoku(false, 0, 0, null);
        }
    }

    public record ShogaishaKojo(long shogaisha, long tokubetsuShogaisha, long dokyoTokubetsuShogaisha) {
    }

    public record KafuKojo(long kojo, long gokeiShotokuJogen) {
    }

    public record HitorioyaKojo(long kojo, long gokeiShotokuJogen, long koSoshotokuJogen) {
    }

    public record KinroGakuseiKojo(long kojo, long gokeiShotokuJogen) {
    }

    /** 生命保険料控除: bands for 新 and 旧 contracts, the cap of a category with both, the total cap. */
    public record SeimeiHokenryo(BracketTable<ShotokuParams.RateAdd> shin, BracketTable<ShotokuParams.RateAdd> kyu,
            long shinKyuHeiyoJogen, long gokeiJogen, Hasu hasu) {
    }

    public record JishinHokenryo(Ritsu rate, long jogen, Hasu hasu) {
    }

    public record IryohiKojo(long ashikiriGaku, Ritsu ashikiriRate, long jogen, Hasu hasu) {
    }

    public record ZassonKojo(Ritsu ashikiriRate, long saigaiAshikiri, Hasu hasu) {
    }
}
