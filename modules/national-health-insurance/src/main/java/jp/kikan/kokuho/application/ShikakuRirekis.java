package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;

/** A person's recorded qualification history as the domain reads it. */
@ApplicationScoped
public class ShikakuRirekis {

    @Inject
    ShikakuStore store;

    public ShikakuRireki rireki(String lgCode, String atenabango) {
        return new ShikakuRireki(store.entries(lgCode, atenabango).stream().map(ShikakuStore.Entry::ido).toList());
    }

    /** The histories of these persons in one read (a person without an entry has an empty history). */
    public Map<String, ShikakuRireki> rireki(String lgCode, Collection<String> atenabango) {
        Map<String, List<ShikakuStore.Entry>> entries = store.entries(lgCode, atenabango);
        Map<String, ShikakuRireki> out = new LinkedHashMap<>();
        for (String a : atenabango) {
            out.put(a, new ShikakuRireki(entries.getOrDefault(a, List.of()).stream().map(ShikakuStore.Entry::ido).toList()));
        }
        return out;
    }
}
