package jp.kikan.chihozei.koteishisanzei.domain;

import java.util.List;

/**
 * What one taxpayer (an owner, or a group of co-owners as one taxpayer — 地方税法第10条の2) owns in a municipality on the
 * 賦課期日 of a 年度: the 免税点 is judged on all of it together (地方税法第351条).
 */
public record KazeiTaisho(int nendo, String shikuchosonkodo, List<Tochi> tochi, List<Kaoku> kaoku,
        List<ShokyakuShisan> shokyakuShisan) {

    public KazeiTaisho {
        tochi = List.copyOf(tochi);
        kaoku = List.copyOf(kaoku);
        shokyakuShisan = List.copyOf(shokyakuShisan);
    }
}
