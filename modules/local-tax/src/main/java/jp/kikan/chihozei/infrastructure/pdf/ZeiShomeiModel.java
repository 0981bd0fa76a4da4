package jp.kikan.chihozei.infrastructure.pdf;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.HikazeiHantei;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ShotokuKojoKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ZeigakuBubun;

/** What the local tax forms print, as the application has read it from the stored assessment. */
public final class ZeiShomeiModel {

    private ZeiShomeiModel() {
    }

    /**
     * The issuer and the issuance.
     *
     * @param shiZei   the municipal tax's name as the city calls it (市民税, 町民税, 村民税, 特別区民税)
     * @param kenZei   the prefectural tax's name (県民税, 都民税, 道民税, 府民税)
     */
    public record Hakko(String hakkoBango, String hakkoBiWareki, String municipalityName, String mayorTitle,
            String shiZei, String kenZei) {
    }

    /** The person, as held by this service (name exactly as stored; birth date in 和暦). */
    public record Atesaki(String atenabango, String shimei, String shimeiFurigana, String jusho, String seinengappi) {
    }

    /**
     * The assessment version the form is printed from.
     *
     * @param nendoLabel       令和7年度
     * @param shotokuNenLabel  令和6年分 (the income year taxed)
     * @param version          1 = 当初, 2… = 更正
     * @param shoriBiWareki    the day the version was decided
     * @param fuyo             the 扶養 counts from its 算定根拠
     */
    public record Fuka(String nendoLabel, String shotokuNenLabel, int version, String shoriBiWareki, ShotokuKeisan shotoku,
            ShotokuKojoKeisan kojo, long kazeiSoshotokuKingaku, HikazeiHantei hikazei, ZeigakuBubun shi, ZeigakuBubun ken,
            long shinrinKankyozei, long nenzeigaku, Fuyo fuyo, List<String> santeiKonkyo) {
    }

    /**
     * 扶養の状況 as the 算定根拠 of 配偶者控除・配偶者特別控除・扶養控除 records it (16歳未満 gives no 扶養控除 and so is
     * not counted here).
     */
    public record Fuyo(boolean haigusha, int ippan, int tokutei, int rojin, int dokyoRoshin) {

        public int fuyoShinzoku() {
            return ippan + tokutei + rojin + dokyoRoshin;
        }
    }

    /**
     * One 期 of 普通徴収 as the notice prints it.
     *
     * @param nokigen  the 納期限 in 和暦
     * @param genzai   before this 更正 (null on a 当初 notice)
     * @param sagaku   the difference (null on a 当初 notice)
     * @param torai    the 期 was already due when the 更正 was made: its amount stays
     */
    public record Ki(String kibetsu, String nokigen, long zeigaku, Long genzai, Long sagaku, boolean torai) {
    }

    /**
     * The 普通徴収 of the version.
     *
     * @param riyu   the reason of a 更正 (null for the 当初)
     * @param zuiji  a 更正's difference that has no 期 left and gets a 納期 of its own (随時), else 0
     * @param kanpu  paid above the new tax (過誤納), else 0
     */
    public record Futsu(boolean kosei, String riyu, List<Ki> ki, long zuiji, long kanpu) {
    }
}
