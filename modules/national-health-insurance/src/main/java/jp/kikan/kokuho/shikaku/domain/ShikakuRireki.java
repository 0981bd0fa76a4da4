package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's recorded qualification history, in the order recorded, read as periods: each 取得 opens a period,
 * the next 喪失 closes it (the 喪失日 is the first day without the qualification, 国民健康保険法第8条).
 */
public record ShikakuRireki(List<ShikakuIdo> idos) {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }

    /** A period [shutokubi, soshitsubi); soshitsubi null while open. */
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
                open = i.shikakuBi();
            } else if (i.soshitsu() && open != null) {
                out.add(new Kikan(open, i.shikakuBi()));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Kikan(open, null));
        }
        return out;
    }

    /** Whether the recorded history holds the qualification now (an open period). */
    public boolean shikakuAri() {
        List<Kikan> k = kikan();
        return !k.isEmpty() && k.get(k.size() - 1).soshitsubi() == null;
    }

    public boolean hihokenshaOn(LocalDate d) {
        return kikan().stream().anyMatch(k -> k.contains(d));
    }

    /** The open period's 取得日, or null. */
    public LocalDate currentShutokubi() {
        List<Kikan> k = kikan();
        return shikakuAri() ? k.get(k.size() - 1).shutokubi() : null;
    }

    /** The last 喪失日, or null when never lost. */
    public LocalDate lastSoshitsubi() {
        List<Kikan> k = kikan();
        for (int i = k.size() - 1; i >= 0; i--) {
            if (k.get(i).soshitsubi() != null) {
                return k.get(i).soshitsubi();
            }
        }
        return null;
    }
}
