package jp.kikan.kaigo.futanwariai;

/**
 * The bounds of one 負担割合 (inclusive: "以上"): the person's 合計所得金額, and the 年金収入＋その他の合計所得金額 of the
 * household's 第1号被保険者 — one person alone ({@code tanshin}) or two or more ({@code fukusu}).
 */
public record FutanWariaiKijun(long gokeiShotoku, long tanshin, long fukusu) {

    public long setai(int dai1goSu) {
        return dai1goSu <= 1 ? tanshin : fukusu;
    }
}
