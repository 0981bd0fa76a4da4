package jp.kikan.kokuho.shikaku.domain;

import java.util.List;
import jp.kikan.platform.shikaku.ShikakuKikanRireki;

/**
 * A person's recorded qualification history, in the order recorded, read as periods by the platform's
 * {@link ShikakuKikanRireki} (the 喪失日 is the first day without the qualification, 国民健康保険法第8条).
 */
public record ShikakuRireki(List<ShikakuIdo> idos) implements ShikakuKikanRireki<ShikakuIdo> {

    public ShikakuRireki {
        idos = List.copyOf(idos);
    }
}
