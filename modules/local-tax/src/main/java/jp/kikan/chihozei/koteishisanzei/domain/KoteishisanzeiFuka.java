package jp.kikan.chihozei.koteishisanzei.domain;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The 固定資産税・都市計画税 of one taxpayer and 年度: each parcel's and house's 課税標準, the totals by kind with the
 * 免税点, 課税標準額 (1,000円未満切捨て), 税額 (100円未満切捨て) less the 新築住宅減額, the instalments and the 算定根拠.
 */
public record KoteishisanzeiFuka(int nendo, String shikuchosonkodo, List<TochiKazei> tochi, List<KaokuKazei> kaoku,
        List<ShuruiGokei> shurui, long koteiKazeiHyojungaku, long koteiSanshutsuZeigaku, long shinchikuGengaku,
        long koteiZeigaku, long toshiKazeiHyojungaku, long toshiZeigaku, long nenZeigaku, List<Kibetsu> kibetsu,
        SanteiKonkyo santeiKonkyo) {
}
