package jp.kikan.kokuho.infrastructure.pdf;

import java.util.List;

/**
 * What a 納税通知書 (国民健康保険税) or 納入通知書 (国民健康保険料) prints, already formatted (dates in 和暦), read from one
 * version of a household's assessment by the application.
 *
 * @param bunrui   the words of the levy: 国民健康保険税 / 国民健康保険料, 納税通知書 / 納入通知書, 年税額 / 年間保険料額
 * @param atesaki  the 納税義務者 (the 世帯主, also a 擬制世帯主)
 * @param kosei    null for a 当初 version
 */
public record TsuchishoModel(Bunrui bunrui, Hakko hakko, Atesaki atesaki, List<Hihokensha> hihokensha, Keigen keigen,
        List<Kubun> kubun, long nengaku, List<Ki> ki, Kosei kosei, List<String> santeiKonkyo) {

    /**
     * @param hokenMei    国民健康保険税 / 国民健康保険料
     * @param tsuchisho   納税通知書 / 納入通知書
     * @param nengakuMei  年税額 / 年間保険料額
     * @param gakuMei     税額 / 保険料額
     * @param noufu       納税 / 納付 (the verb of paying)
     * @param gimushaMei  納税義務者 / 納付義務者
     * @param konkyoHo    the law that makes the notice (printed with the opening sentence)
     * @param kyujitsuHo  the law moving a 納期限 on a holiday to the next day
     * @param fufuku      how to ask for a review (審査請求), a sentence
     */
    public record Bunrui(String hokenMei, String tsuchisho, String nengakuMei, String gakuMei, String noufu, String gimushaMei,
            String konkyoHo, String kyujitsuHo, String fufuku) {
    }

    /**
     * @param version    the assessment's version (1 = 当初)
     * @param shoriBi    the day the version was decided
     * @param nozeigimushaKikan the months this 納税義務者 is liable for, when the 世帯主 changed in the 年度 (else null)
     */
    public record Hakko(String hakkoBango, String hakkoBi, String nendoLabel, String shotokuNenLabel, String setaibango,
            int version, String shoriBi, String municipalityName, String shucho, String nozeigimushaKikan) {
    }

    /** @param gisei the 世帯主 is not insured (擬制世帯主) */
    public record Atesaki(String shimei, String jusho, boolean gisei) {
    }

    /** An insured member: the months within the 年度 and those of the 介護納付金分. */
    public record Hihokensha(String shimei, String seinengappi, String zokugara, String kikan, String kaigo) {
    }

    /** @param wari 0, 2, 5, 7; {@code setsumei} the judgement in a sentence; {@code mishugakuji} the number of 未就学児 */
    public record Keigen(int wari, String setsumei, int mishugakuji) {
    }

    /** One 区分 with its 月割 periods, the months charged and its amount for the 年度. */
    public record Kubun(String kubunMei, List<Kikan> kikan, int tsukisu, long nengaku) {
    }

    /** A period of months with the same members: annual amounts for that composition. */
    public record Kikan(String tsuki, int tsukisu, int ninzu, long shotokuwari, long kintowari, long byodowari, long keigen,
            long gokei, long gendogaku, boolean gendogakuTekiyo, long nengakuSoto) {
    }

    /** An instalment: its 納期限 (和暦) and amount; for a 更正 also the amount before and whether it was due. */
    public record Ki(String kibetsu, String nokigen, long zeigaku, Long genzai, Long sagaku, boolean torai) {
    }

    /** A 更正: the amount before, the difference, why, what is due at once (随時) and what was paid too much (過誤納). */
    public record Kosei(long genzaiNengaku, long sagaku, String riyu, long zuiji, long kanpu) {
    }
}
