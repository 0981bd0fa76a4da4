package jp.kikan.kokuho.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The insurer as its documents print it, per municipality (全国地方公共団体コード): 保険者番号 (6 digits for a 市町村国保:
 * 都道府県番号, 保険者別番号, 検証番号 — taken as configured, its check digit not recomputed here), the 記号 of the
 * 被保険者記号・番号, the digits of the 番号 and the yearly last day of validity of a 資格確認書.
 */
@ConfigMapping(prefix = "kikan.kokuho")
public interface HokenjaConfig {

    Map<String, Hokenja> hokenja();

    interface Hokenja {
        /** 保険者番号 */
        String bango();

        /** 被保険者記号 */
        String kigo();

        /** digits of the 番号 */
        @WithDefault("7")
        int bangoKeta();

        /** 資格確認書の有効期限 (MM-DD; 原則 7月31日, renewed every 1 August) */
        @WithDefault("07-31")
        String koshinKigen();
    }
}
