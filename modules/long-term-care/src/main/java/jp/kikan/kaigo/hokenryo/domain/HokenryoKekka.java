package jp.kikan.kaigo.hokenryo.domain;

import java.math.BigDecimal;
import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The premium of one person for a 年度.
 *
 * @param hanteiShotoku the income the stage was judged on (課税年金収入額＋その他の合計所得金額, or 合計所得金額)
 * @param hokenryoNengaku the annual amount of the stage (公費軽減後, rounded), before 月割
 * @param tsukisu       months charged in the 年度
 * @param nengaku       the amount levied for the 年度 (月割)
 * @param tsukigaku     the annual amount / 12 (1円未満切捨て), for reference
 * @param riyu          why this stage and amount, as lines a citizen reads
 */
public record HokenryoKekka(int nendo, int dankai, int dankaiSu, BigDecimal jyoritsu, BigDecimal keigenJyoritsu,
        long kijungaku, long hanteiShotoku, long hokenryoNengaku, int tsukisu, long nengaku, long tsukigaku,
        List<String> riyu, SanteiKonkyo konkyo) {
}
