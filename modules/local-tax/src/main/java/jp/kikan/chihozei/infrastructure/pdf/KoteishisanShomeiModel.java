package jp.kikan.chihozei.infrastructure.pdf;

import java.util.List;

/** What the 固定資産税 forms print, taken from one stored assessment version (never recomputed). */
public final class KoteishisanShomeiModel {

    private KoteishisanShomeiModel() {
    }

    /** The taxpayer: the 代表者 (who receives the notice) and, for co-owners, how many others. */
    public record Nozeigimusha(String shoyushaKey, String daihyoshaAtenabango, String shimei, String jusho, int hokaNinzu) {
    }

    public record Tochi(String label, String kubun, String chiseki, long hyokagaku, long koteiKazeiHyojun, long toshiKazeiHyojun,
            String jutakuYochi) {
    }

    public record Kaoku(String label, long hyokagaku, long koteiKazeiHyojun, long toshiKazeiHyojun, long shinchikuGengaku) {
    }

    /** The 償却資産 of the 申告 in force: the total 評価額 (決定価格, 地方税法第349条の2) and whether it reached the 免税点. */
    public record Shokyaku(long ketteiKakaku, boolean kazei) {
    }

    public record Ki(String kibetsu, String nokigen, long zeigaku) {
    }

    /**
     * @param version 1 = 当初, 2… = 更正 (riyu then says why)
     */
    public record Fuka(String nendoLabel, int version, String riyu, List<Tochi> tochi, List<Kaoku> kaoku,
            long koteiKazeiHyojungaku, long koteiSanshutsuZeigaku, long shinchikuGengaku, long koteiZeigaku,
            long toshiKazeiHyojungaku, long toshiZeigaku, long nenzeigaku, List<Ki> ki, Shokyaku shokyaku) {
    }
}
