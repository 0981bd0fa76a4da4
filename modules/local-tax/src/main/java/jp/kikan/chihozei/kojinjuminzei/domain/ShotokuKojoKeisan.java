package jp.kikan.chihozei.kojinjuminzei.domain;

/**
 * The 所得控除 of the assessment (住民税 amounts) and the 人的控除額の差 (for 調整控除 and 寄附金税額控除).
 */
public record ShotokuKojoKeisan(long shakaiHokenryo, long shokiboKigyoKyosaiKakekin, long seimeiHokenryo,
        long jishinHokenryo, long iryohi, long zasson, long shogaisha, long kafu, long hitorioya, long kinroGakusei,
        long haigusha, long haigushaTokubetsu, long fuyo, long tokuteiShinzokuTokubetsu, long kiso, long gokei,
        long jintekiKojoSa) {
}
