package jp.kikan.platform.shikaku;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's recorded qualification history, in the order recorded, read as periods [取得日, 喪失日): each 取得 opens a
 * period and the next 喪失 closes it; the 喪失日 is the first day without the qualification (国民健康保険法第8条,
 * 介護保険法第11条: 喪失 "from the day after" death or moving out). A service's history implements it over its own
 * entries.
 */
public interface ShikakuKikanRireki<I extends ShikakuKikanIdo> {

    /** A period [shutokubi, soshitsubi); soshitsubi null while open. */
    record Kikan(LocalDate shutokubi, LocalDate soshitsubi) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(shutokubi) && (soshitsubi == null || d.isBefore(soshitsubi));
        }
    }

    List<I> idos();

    default List<Kikan> kikan() {
        List<Kikan> out = new ArrayList<>();
        LocalDate open = null;
        for (I i : idos()) {
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

    /** Whether the recorded history holds the qualification now (an open period). */
    default boolean shikakuAri() {
        List<Kikan> k = kikan();
        return !k.isEmpty() && k.get(k.size() - 1).soshitsubi() == null;
    }

    default boolean hihokenshaOn(LocalDate d) {
        return kikan().stream().anyMatch(k -> k.contains(d));
    }

    /** Whether the qualification was ever taken. */
    default boolean everShutoku() {
        return idos().stream().anyMatch(ShikakuKikanIdo::shutoku);
    }

    /** The open period's 取得日, or null. */
    default LocalDate currentShutokubi() {
        List<Kikan> k = kikan();
        return shikakuAri() ? k.get(k.size() - 1).shutokubi() : null;
    }

    /** The last 喪失日, or null when never lost. */
    default LocalDate lastSoshitsubi() {
        List<Kikan> k = kikan();
        for (int i = k.size() - 1; i >= 0; i--) {
            if (k.get(i).soshitsubi() != null) {
                return k.get(i).soshitsubi();
            }
        }
        return null;
    }
}
