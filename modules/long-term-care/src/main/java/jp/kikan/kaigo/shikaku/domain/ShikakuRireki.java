package jp.kikan.kaigo.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A 第1号被保険者's recorded history in the order recorded, read as periods [取得日, 喪失日) (the 喪失日 is the first
 * day without the qualification, 介護保険法第11条), and whether 住所地特例 (第13条) is in force.
 */
public record ShikakuRireki(List<ShikakuIdo> idos) {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }

    /** A period; soshitsubi null while open. */
    public record Kikan(LocalDate shutokubi, LocalDate soshitsubi) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(shutokubi) && (soshitsubi == null || d.isBefore(soshitsubi));
        }
    }

    public List<Kikan> kikan() {
        List<Kikan> out = new ArrayList<>();
        LocalDate open = null;
        for (ShikakuIdo i : idos) {
            if (i.shutoku() && open == null) {
                open = i.koryokubi();
            } else if (i.soshitsu() && open != null) {
                out.add(new Kikan(open, i.koryokubi()));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Kikan(open, null));
        }
        return out;
    }

    public boolean shikakuAri() {
        List<Kikan> k = kikan();
        return !k.isEmpty() && k.get(k.size() - 1).soshitsubi() == null;
    }

    public boolean hihokenshaOn(LocalDate d) {
        return kikan().stream().anyMatch(k -> k.contains(d));
    }

    public boolean everShutoku() {
        return idos.stream().anyMatch(ShikakuIdo::shutoku);
    }

    /** The last 喪失日, or null. */
    public LocalDate lastSoshitsubi() {
        List<Kikan> k = kikan();
        for (int i = k.size() - 1; i >= 0; i--) {
            if (k.get(i).soshitsubi() != null) {
                return k.get(i).soshitsubi();
            }
        }
        return null;
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
