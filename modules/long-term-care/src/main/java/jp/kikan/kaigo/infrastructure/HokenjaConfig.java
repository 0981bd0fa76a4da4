package jp.kikan.kaigo.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * The insurer as its documents print it, per municipality (全国地方公共団体コード): the 介護保険の保険者番号 (6 digits —
 * taken as configured; the demo cities' numbers are fictional): {@code kikan.kaigo.hokenja."999997".bango=999979}.
 */
@ConfigMapping(prefix = "kikan.kaigo.hokenja")
public interface HokenjaConfig {

    @WithParentName
    Map<String, Hokenja> all();

    interface Hokenja {
        /** 保険者番号 */
        String bango();
    }
}
