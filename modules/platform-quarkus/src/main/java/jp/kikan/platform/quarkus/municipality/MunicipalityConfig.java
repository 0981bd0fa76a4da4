package jp.kikan.platform.quarkus.municipality;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * Each municipality's own name and head as printed on its certificates and notices, keyed by the
 * 6-digit 全国地方公共団体コード: {@code kikan.municipalities."999997".name=架空県みなみ市},
 * {@code kikan.municipalities."999997".shucho=みなみ市長　南　太郎}.
 */
@ConfigMapping(prefix = "kikan.municipalities")
public interface MunicipalityConfig {

    @WithParentName
    Map<String, Entry> all();

    interface Entry {
        /** 団体名 as printed, e.g. 架空県みなみ市. */
        String name();

        /** 首長 (職名と氏名) as printed under the 認証文, e.g. みなみ市長　南　太郎. */
        String shucho();
    }
}
