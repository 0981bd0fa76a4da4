package jp.kikan.chihozei.koteishisanzei.parameter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.kojinjuminzei.parameter.Hasu;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterStatus;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;

/** The shapes of the structured parameter values of 固定資産税・都市計画税. */
public final class KoteiParams {

    private KoteiParams() {
    }

    /** 免税点 (地方税法第351条): 課税標準額の合計がこれに満たない者には課さない, per kind of asset. */
    public record Menzeiten(long tochi, long kaoku, long shokyakuShisan) {
    }

    /**
     * 住宅用地に対する課税標準の特例 (地方税法第349条の3の2; 都市計画税 第702条の3): 小規模住宅用地 = 住宅1戸につき
     * {@code shokiboMenseki}㎡までの部分; the 住宅用地 is at most {@code yukaMensekiBairitsu} × the house's floor area.
     */
    public record JutakuYochiTokurei(long shokiboMenseki, Ritsu koteiShokibo, Ritsu koteiIppan, Ritsu toshiShokibo,
            Ritsu toshiIppan, long yukaMensekiBairitsu) {
    }

    /**
     * 負担調整措置 of 住宅用地 (地方税法附則第18条): 負担水準 = 前年度課税標準額 ÷ 本則課税標準額; below 1, 前年度課税標準額 +
     * 本則 × {@code zokaRitsu}, at most the 本則 and at least 本則 × {@code kagenRitsu}. {@code sueoki}: the year's
     * special rule that a 課税標準額 rising above the previous year's stays at it (令和3年度).
     */
    public record FutanChoseiJutaku(Ritsu zokaRitsu, Ritsu kagenRitsu, boolean sueoki) {
    }

    /**
     * 負担調整措置 of 商業地等 (地方税法附則第18条): 負担水準 = 前年度課税標準額 ÷ 評価額; above {@code jogenRitsu} → 評価額 ×
     * jogenRitsu; from {@code sueokiKagen} to jogenRitsu → 前年度据置; below → 前年度 + 評価額 × {@code zokaRitsu}, at most
     * 評価額 × sueokiKagen and at least 評価額 × {@code kagenRitsu}.
     */
    public record FutanChoseiShogyo(Ritsu jogenRitsu, Ritsu sueokiKagen, Ritsu zokaRitsu, Ritsu kagenRitsu, boolean sueoki) {
    }

    /**
     * 新築住宅に対する減額 (地方税法附則第15条の6): for a house built within [{@code shinchikuKara}, {@code shinchikuMade}],
     * the 固定資産税 on up to {@code mensekiGendo}㎡ of its 居住部分 is reduced by {@code gengakuRitsu}, for {@code nensu}
     * 年度 (3階建以上の耐火・準耐火 ({@code chukosoKaisu}): {@code chukosoNensu}), when its 居住部分 is at least
     * {@code kyojuWariai} of the floor area and from {@code kyojuMensekiKagen} (一戸建以外の貸家 {@code kashiyaKagen}) to
     * {@code kyojuMensekiJogen}㎡.
     */
    public record ShinchikuKikan(LocalDate shinchikuKara, LocalDate shinchikuMade, Ritsu gengakuRitsu, long mensekiGendo,
            long kyojuMensekiKagen, long kashiyaKagen, long kyojuMensekiJogen, Ritsu kyojuWariai, int nensu, int chukosoNensu,
            int chukosoKaisu, Hasu hasu, ParameterStatus status, String note) {

        public boolean covers(LocalDate d) {
            return !d.isBefore(shinchikuKara) && !d.isAfter(shinchikuMade);
        }

        public String label() {
            return shinchikuKara + "〜" + shinchikuMade + " 新築";
        }
    }

    /** The periods of construction the reduction has been enacted for, each with its own values. */
    public record ShinchikuGengaku(List<ShinchikuKikan> kikan) {

        public Optional<ShinchikuKikan> of(LocalDate shinchikuBi) {
            return kikan.stream().filter(k -> k.covers(shinchikuBi)).findFirst();
        }
    }

    /**
     * 耐用年数に応ずる減価率 (固定資産評価基準 別表第15) of one 耐用年数: the 減価率 r and the two 減価残存率 as the table
     * prints them — 前年中取得 (1 − r/2, half a year of decline in the first 年度 whatever the month) and 前年前取得 (1 − r).
     */
    public record GenkaRitsu(int taiyoNensu, Ritsu genkaRitsu, Ritsu zennenchuShutoku, Ritsu zennenmaeShutoku) {
    }

    /**
     * The 評価 of 償却資産 (地方税法第388条第1項, 固定資産評価基準 第3章): the table of 減価率 by 耐用年数 and the
     * 最低限度 of the 評価額 as a share of the 取得価額.
     */
    public record ShokyakuHyoka(java.util.Map<Integer, GenkaRitsu> genkaRitsu, Ritsu saiteiGendo) {

        public Optional<GenkaRitsu> of(int taiyoNensu) {
            return Optional.ofNullable(genkaRitsu.get(taiyoNensu));
        }

        public int saishoNensu() {
            return genkaRitsu.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        public int saidaiNensu() {
            return genkaRitsu.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** 納期: the months of the instalments; each is the tax ÷ their number rounded down to hasuTani, the rest to the first. */
    public record Noki(List<Integer> tsuki, long hasuTani) {
    }

    /**
     * 賦課決定・更正の期間制限 (地方税法第17条の5): a 年度 may be assessed or corrected only before {@code nensu} years have
     * passed from the day after its 法定納期限.
     */
    public record KoseiKikan(int nensu) {
    }
}
