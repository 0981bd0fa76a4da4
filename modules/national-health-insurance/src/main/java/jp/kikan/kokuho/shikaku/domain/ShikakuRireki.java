package jp.kikan.kokuho.shikaku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.shikaku.ShikakuKikanRireki;

/**
 * A person's recorded qualification history, in the order recorded, read as periods by the platform's
 * {@link ShikakuKikanRireki} (the 喪失日 is the first day without the qualification, 国民健康保険法第8条) — with this
 * municipality's reading of a 県内転居 ({@link ShikakuJiyu#KENNAI_IDO}): the qualification continues with the prefecture
 * (国民健康保険法第5条, 平成30年度から都道府県が保険者), but this municipality's part ends the day after the move (転出日
 * の翌日), so its periods, and the 月割 of its assessment, end there. One recorded after the 転出's 喪失 of the same day
 * only marks that loss as a transfer.
 */
public record ShikakuRireki(List<ShikakuIdo> idos) implements ShikakuKikanRireki<ShikakuIdo> {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }

    @Override
    public List<Kikan> kikan() {
        List<Kikan> out = new ArrayList<>();
        LocalDate open = null;
        for (ShikakuIdo i : idos) {
            if (i.shutoku() && open == null) {
                open = i.koryokubi();
            } else if (open != null && (i.soshitsu() || kennai(i))) {
                out.add(new Kikan(open, kennai(i) ? i.idonengappi().plusDays(1) : i.koryokubi()));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Kikan(open, null));
        }
        return out;
    }

    /** The 県内転居 recorded, if any, on {@code tenshutsubi}. */
    public boolean kennaiIdo(LocalDate tenshutsubi) {
        return idos.stream().anyMatch(i -> kennai(i) && tenshutsubi.equals(i.idonengappi()));
    }

    private static boolean kennai(ShikakuIdo i) {
        return i.jiyu() == ShikakuJiyu.KENNAI_IDO && i.idonengappi() != null;
    }
}
