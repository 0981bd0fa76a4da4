package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parameter values of 調整控除 and the 税額控除. */
public final class ZeigakuParams {

    private ZeigakuParams() {
    }

    public record ChoseiKojo(long gokeiShotokuJogen, long kijun, long saitei, ShiKen<Ritsu> ritsu,
            ShiKen<Ritsu> ritsuShiteiToshi) {
    }

    /** 人的控除額の差 (地方税法第314条の6): one amount per 人的控除, the spouse rows by income. */
    public record JintekiKojoSa(long kiso, BracketTable<KojoParams.IppanRojin> haigusha,
            BracketTable<List<Long>> haigushaTokubetsu, long fuyoIppan, long fuyoTokutei, long fuyoRojin,
            long fuyoDokyoRoshin, long shogaisha, long tokubetsuShogaisha, long dokyoTokubetsuShogaisha, long kafu,
            long hitorioyaHaha, long hitorioyaChichi, long kinroGakusei, long tokuteiShinzoku) {
    }

    /** The 配当控除 rates of one kind of dividend: up to and over the 1,000万円 line. */
    public record HaitoRitsu(ShiKen<Ritsu> ika, ShiKen<Ritsu> cho, ParameterStatus status) {
    }

    /** 配当控除: kinds keyed by rieki_haito, shoken_toshi_shintaku, gaikadate_toshi_shintaku. */
    public record HaitoKojo(long kijun, List<String> choJunjo, Map<String, HaitoRitsu> ritsu,
            Map<String, HaitoRitsu> ritsuShiteiToshi, Hasu hasu) {
    }

    public record RateJogen(Ritsu rate, long jogen) {
    }

    /** 住宅借入金等特別税額控除: limit by kubun (kihon, tokutei_shutoku), split into 市 and 県. */
    public record JutakuLoan(Map<String, RateJogen> kubun, ShiKen<Ritsu> bunpai, Hasu hasu) {
    }

    /** 寄附金税額控除 (基本控除 and the split and cap of the 特例控除). */
    public record Kifukin(long tekiyoKagen, Ritsu soshotokuJogenRate, ShiKen<Ritsu> kihonRitsu,
            ShiKen<Ritsu> kihonRitsuShiteiToshi, Ritsu tokureiJogenRate, ShiKen<Ritsu> tokureiBunpai, Hasu hasu) {
    }

    /** A rate by (課税総所得金額 − 人的控除差調整額), with the rate for a negative amount. */
    public record TokureiRitsu(Ritsu minus, BracketTable<Ritsu> ritsu) {
    }

    /** 定額減税 (令和6年度分の特別税額控除) and its 令和7年度 follow-up. */
    public record TeigakuGenzei(boolean tekiyo, long gaku, long gokeiShotokuJogen, Set<String> taisho) {
        public static final String HONNIN = "honnin";
        public static final String KOJO_TAISHO_HAIGUSHA = "kojo_taisho_haigusha";
        public static final String FUYO_SHINZOKU = "fuyo_shinzoku";
        public static final String KOJO_TAISHO_GAI_DOITSU_SEIKEI_HAIGUSHA = "kojo_taisho_gai_doitsu_seikei_haigusha";

        public static TeigakuGenzei notApplicable() {
            return new TeigakuGenzei(false, 0, 0, Set.of());
        }
    }
}
