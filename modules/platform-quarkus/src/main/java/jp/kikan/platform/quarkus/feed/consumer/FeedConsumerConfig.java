package jp.kikan.platform.quarkus.feed.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds a service consumes, by name, e.g. for local tax
 * {@code kikan.feed-consumers.jumin.url=https://…/v1/renkei/jumin},
 * {@code …jumin.token-url=https://…/realms/kikan/protocol/openid-connect/token},
 * {@code …jumin.client-id=kikan-tax}, {@code …jumin.client-secret=${KIKAN_TAX_CLIENT_SECRET}},
 * {@code …jumin.scope=001:jumin-renkei:Read}.
 */
@ConfigMapping(prefix = "kikan.feed-consumers")
public interface FeedConsumerConfig {

    @io.smallrye.config.WithParentName
    Map<String, Feed> feeds();

    interface Feed {
        /** Start polling at start-up (a test or a batch may drive the consumer itself instead). */
        @WithDefault("true")
        boolean enabled();

        /** The provider's feed endpoint. */
        String url();

        String tokenUrl();

        String clientId();

        String clientSecret();

        Optional<String> scope();

        @WithDefault("client-secret-jwt")
        String authMethod();

        /** The datasource holding this consumer's cursor and markers (and the effects), default: the default one. */
        Optional<String> datasource();

        @WithDefault("500")
        int pageSize();

        @WithDefault("10S")
        Duration pollInterval();

        @WithDefault("5M")
        Duration maxBackoff();

        /** Failed attempts after which an item goes to feed_dead_letter. */
        @WithDefault("5")
        int maxAttempts();
    }
}
