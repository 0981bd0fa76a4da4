package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
}
