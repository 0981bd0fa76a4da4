package jp.kikan.kaigo.shikaku.domain;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.shikaku.ShikakuKikanRireki;

/**
 * A 第1号被保険者's recorded history in the order recorded, read as periods by the platform's
 * {@link ShikakuKikanRireki} (the 喪失日 is the first day without the qualification, 介護保険法第11条), and whether
 * 住所地特例 (第13条) or an 適用除外施設 is in force.
 */
public record ShikakuRireki(List<ShikakuIdo> idos) implements ShikakuKikanRireki<ShikakuIdo> {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }

    /** The last entry of a reason, or null. */
    public ShikakuIdo last(ShikakuJiyu jiyu) {
        for (int i = idos.size() - 1; i >= 0; i--) {
            if (idos.get(i).jiyu() == jiyu) {
                return idos.get(i);
            }
        }
        return null;
    }

    /** 住所地特例 (第13条) in force: applied while qualified, and not ended since. */
    public boolean jushochiTokurei() {
        boolean on = false;
        for (ShikakuIdo i : idos) {
            if (i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_TEKIYO || i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_KAIFUKU) {
                on = true;
            } else if (i.soshitsu() || i.jiyu() == ShikakuJiyu.JUSHOCHI_TOKUREI_SHURYO) {
                on = false;
            }
        }
        return on;
    }

    /** In an 適用除外施設 (施行法第11条): entered and not left since. */
    public boolean tekiyoJogai() {
        boolean on = false;
        for (ShikakuIdo i : idos) {
            if (i.jiyu() == ShikakuJiyu.TEKIYO_JOGAI_NYUSHO) {
                on = true;
            } else if (i.jiyu() == ShikakuJiyu.TEKIYO_JOGAI_TAISHO) {
                on = false;
            }
        }
        return on;
    }

    public ShikakuRireki with(List<ShikakuIdo> more) {
        List<ShikakuIdo> all = new ArrayList<>(idos);
        all.addAll(more);
        return new ShikakuRireki(all);
    }
}
