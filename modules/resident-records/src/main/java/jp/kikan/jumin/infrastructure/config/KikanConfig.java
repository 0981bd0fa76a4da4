package jp.kikan.jumin.infrastructure.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** Typed configuration of the resident records service. */
@ConfigMapping(prefix = "kikan")
public interface KikanConfig {

    /** 業務日付 pinned by an operator; absent = today in Japan. */
    Optional<LocalDate> businessDate();

    /** Time zone of the business date. */
    @WithDefault("Asia/Tokyo")
    String zone();

    /** Names printed on certificates, per municipality code. */
    Municipality municipality();

    interface Municipality {
        @WithDefault("架空県みなみ市")
        String name();

        @WithDefault("みなみ市長　南　太郎")
        String mayor();
    }
}
