package jp.kikan.chihozei.kojinjuminzei.domain;

import java.util.List;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * The instalments of one way of collection for a 年度, with the explanation of the split.
 *
 * @param zeigaku  the total split into the instalments
 */
public record ChoshuKeikaku(ChoshuHoho hoho, Nendo nendo, long zeigaku, List<Kibetsu> kibetsu, SanteiKonkyo santeiKonkyo) {

    public ChoshuKeikaku {
        kibetsu = List.copyOf(kibetsu);
    }

    public long gokei() {
        return kibetsu.stream().mapToLong(Kibetsu::zeigaku).sum();
    }
}
