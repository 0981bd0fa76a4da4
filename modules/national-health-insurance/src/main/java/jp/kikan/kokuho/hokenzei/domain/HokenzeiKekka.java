package jp.kikan.kokuho.hokenzei.domain;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The household's 国民健康保険税 for a 年度: each 区分 by its 月割 periods, the 軽減 applied, and the 算定根拠; when the
 * 世帯主 (納税義務者) changed during the 年度, each one's months and amounts ({@code bunpai}; null when there was one).
 */
public record HokenzeiKekka(int nendo, String nendoLabel, boolean giseiSetainushi, Keigen keigen, int mishugakujisu,
        List<KubunKekka> kubun, long nengaku, SanteiKonkyo santeiKonkyo, List<Bunpai> bunpai) {

    public HokenzeiKekka(int nendo, String nendoLabel, boolean giseiSetainushi, Keigen keigen, int mishugakujisu,
            List<KubunKekka> kubun, long nengaku, SanteiKonkyo santeiKonkyo) {
        this(nendo, nendoLabel, giseiSetainushi, keigen, mishugakujisu, kubun, nengaku, santeiKonkyo, null);
    }

    /** One 納税義務者's share: the months he was the 世帯主 (4〜12, 1〜3), each 区分's 月割 amount and their sum. */
    public record Bunpai(String nozeigimusha, List<Integer> tsuki, List<BunpaiKubun> kubun, long nengaku) {
    }

    /** A 区分 of a share: the months charged and the amount (rounded by the insurer's unit). */
    public record BunpaiKubun(Kubun kubun, int tsukisu, long nengaku) {
    }

    public record Keigen(int wari, LocalDate hanteiKijunbi, long hanteiShotoku, int kyuyoShotokushaToSu, int taishoNinzu,
            long kijun7wari, long kijun5wari, long kijun2wari) {
    }

    /**
     * Months in a row with the same members at each month's end; amounts are annual, for that composition.
     * {@code tokuteiSetai} (tokutei / tokutei_keizoku) and {@code byodowariTokuteiGengaku} only for a 特定世帯 or
     * 特定継続世帯 (null otherwise).
     */
    public record Kikan(int tsukiKara, int tsukiMade, int tsukisu, int hihokenshasu, long shotokuwari, long kintowari,
            long kintowariKeigen, long mishugakujiKeigen, long byodowari, long byodowariKeigen, long gokei, long gendogaku,
            boolean gendogakuTekiyo, long nengakuSoto, String tokuteiSetai, Long byodowariTokuteiGengaku) {
    }

    /** @param getsugaku each month's amount (April first) in millionths of a yen: the capped annual amount of its composition */
    public record KubunKekka(Kubun kubun, List<Kikan> kikan, int tsukisu, long nengaku, List<Long> getsugaku) {
    }
}
