package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanDaichoStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.problem.NotFoundException;

/** The registers as the contract shows them (schemas Tochi, Kaoku), shared by the commands and the lookups. */
@ApplicationScoped
public class KoteishisanDaicho {

    public static final String TARGET_TOCHI = "koteishisan-tochi";
    public static final String TARGET_KAOKU = "koteishisan-kaoku";

    @Inject
    KoteishisanDaichoStore store;

    @Inject
    TaxJson json;

    KoteishisanViews.Tochi tochi(String lgCode, String tochiId) {
        List<KoteishisanDaichoStore.TochiHan> versions = store.tochiVersions(lgCode, tochiId);
        if (versions.isEmpty()) {
            throw new NotFoundException("tochi_id", "土地 " + tochiId + " は台帳にありません");
        }
        return new KoteishisanViews.Tochi(tochiId, versions.stream().map(this::view).toList());
    }

    KoteishisanViews.Kaoku kaoku(String lgCode, String kaokuId) {
        List<KoteishisanDaichoStore.KaokuHan> versions = store.kaokuVersions(lgCode, kaokuId);
        if (versions.isEmpty()) {
            throw new NotFoundException("kaoku_id", "家屋 " + kaokuId + " は台帳にありません");
        }
        return new KoteishisanViews.Kaoku(kaokuId, versions.stream().map(KoteishisanViews::of).toList());
    }

    KoteishisanViews.TochiHan view(KoteishisanDaichoStore.TochiHan h) {
        return KoteishisanViews.of(h, h.zennendo() == null ? null
                : json.mapper().convertValue(json.tree(h.zennendo()), KoteishisanViews.Zennendo.class));
    }

    /** The owners of every version, for the access log and the 支援措置 check of a lookup. */
    static List<String> owners(List<KoteishisanDaichoStore.Shoyusha> shoyusha) {
        return shoyusha.stream().map(KoteishisanDaichoStore.Shoyusha::atenabango).toList();
    }
}
