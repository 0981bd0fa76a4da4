package jp.kikan.platform.quarkus.feed.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * Builds the consumers a service configures ({@link FeedConsumerConfig}) and runs their pollers. A service
 * calls {@link #consumer} once per feed with the item type (e.g. from its generated client) and its handler,
 * and {@link #start} at start-up; pollers stop with the application.
 */
@ApplicationScoped
public class FeedConsumers {

    @Inject
    FeedConsumerConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<FeedPoller> pollers = new CopyOnWriteArrayList<>();

    public <T> TransactionalFeedConsumer<T> consumer(String name, Class<T> type, BiFunction<T, String, String> changeId,
            FeedItemHandler<T> handler) {
        FeedConsumerConfig.Feed f = config.feeds().get(name);
        if (f == null) {
            throw new IllegalStateException("no kikan.feed-consumers." + name + ".* configuration");
        }
        ClientCredentials tokens = new ClientCredentials(http, mapper, URI.create(f.tokenUrl()), f.clientId(),
                f.clientSecret(), f.scope().orElse(null), "client-secret-basic".equals(f.authMethod())
                        ? ClientCredentials.AuthMethod.CLIENT_SECRET_BASIC : ClientCredentials.AuthMethod.CLIENT_SECRET_JWT,
                clock);
        StandardFeedSource<T> source = new StandardFeedSource<>(http, mapper, URI.create(f.url()), tokens, type, changeId);
        AgroalDataSource ds = AgroalDataSourceUtil.dataSourceInstance(
                f.datasource().orElse(DataSourceUtil.DEFAULT_DATASOURCE_NAME)).get();
        return new TransactionalFeedConsumer<>(name, source, ds, handler, f.pageSize(), f.maxAttempts(), mapper, registry);
    }

    /** Starts polling the consumer if its configuration enables it. */
    public void start(TransactionalFeedConsumer<?> consumer) {
        FeedConsumerConfig.Feed f = config.feeds().get(consumer.name());
        if (f != null && f.enabled()) {
            pollers.add(new FeedPoller(consumer, f.pollInterval(), f.maxBackoff()).start());
        }
    }

    void stop(@Observes ShutdownEvent e) {
        pollers.forEach(FeedPoller::stop);
    }
}
