package jp.kikan.jumin.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.jumin.support.RenkeiConsumerDatabase;
import jp.kikan.jumin.support.Tokens;
import jp.kikan.platform.quarkus.feed.consumer.ClientCredentials;
import jp.kikan.platform.quarkus.feed.consumer.CrashProbe;
import jp.kikan.platform.quarkus.feed.consumer.FeedItemHandler;
import jp.kikan.platform.quarkus.feed.consumer.StandardFeedSource;
import jp.kikan.platform.quarkus.feed.consumer.TransactionalFeedConsumer;
import jp.kikan.platform.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Another service's consumer of the resident feed, over HTTP, with its own database (a second PostgreSQL)
 * and a client-credentials token it renews: killed at each step of its work and at 100 random points
 * while clerks keep recording 異動 and 支援措置, it ends with an exact copy of the residents — nothing lost,
 * nothing applied twice, never moved back to an older version, and the 支援措置 flag never turned off for a
 * person whose measure is active.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RenkeiConsumerDatabase.class, scope = TestResourceScope.GLOBAL)
@Tag("fn:renkei.feed")
@Tag("fn:yokushi.renkei")
class FeedOverHttpTest {

    @TestHTTPResource("/v1/renkei/jumin")
    URL feedUrl;

    @Inject
    @DataSource("renkei-consumer")
    AgroalDataSource consumerDb;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    /** What a consumer keeps of an item (a tolerant reader: the provider may add items within v1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(long henkoBango, String henkoShubetsu, String atenabango, int rirekibango, String shimei,
            Boolean shienSochiTaisho, String kojinbango) {
    }

    static final class Crash extends Error {
        Crash(String where) {
            super("killed " + where);
        }
    }

    @BeforeEach
    void consumerTables() throws SQLException {
        try (Connection c = consumerDb.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists copy_jumin (consumer text, atenabango varchar(15), rirekibango int, "
                    + "henko_bango bigint, shimei text, shien boolean, primary key (consumer, atenabango))");
            // a change applied twice would break this key and fail the item
            s.execute("create table if not exists copy_applied (consumer text, change_id text, primary key (consumer, change_id))");
            s.execute("create table if not exists copy_violation (consumer text, what text)");
        }
    }

    @Test
    void shouldEndWithAnExactCopyAfterCrashesAtEveryStepAndAtRandomWhileClerksWork() throws Exception {
        ClerkWorkload clerks = new ClerkWorkload(new Random(20261201L));
        clerks.prepare(8);
        try (TokenEndpoint tokens = new TokenEndpoint(Tokens.CITY, Tokens.RENKEI_SCOPE, 2)) {
            String name = "crash-" + System.nanoTime();
            clerks.start();
            Random random = new Random(7L);
            int atEachStep = 0;
            int atRandom = 0;
            // first killed once at each step of the work, then at 100 random points (a run that ends before its
            // point is reached is no kill: it just consumed; the clerks keep adding changes meanwhile)
            for (int run = 0; run < 3000 && (atEachStep < CrashProbe.Point.values().length || atRandom < 100); run++) {
                boolean deterministic = atEachStep < CrashProbe.Point.values().length;
                CrashProbe.Point point = deterministic ? CrashProbe.Point.values()[atEachStep]
                        : CrashProbe.Point.values()[random.nextInt(CrashProbe.Point.values().length)];
                AtomicInteger countdown = new AtomicInteger(deterministic ? 0 : random.nextInt(5));
                TransactionalFeedConsumer<Item> consumer = consumer(name, tokens, 7);
                consumer.probe(p -> {
                    if (p == point && countdown.getAndDecrement() == 0) {
                        throw new Crash(p.name());
                    }
                });
                try {
                    consumer.drain();
                    Thread.sleep(25);
                } catch (Crash expected) {
                    if (deterministic) {
                        atEachStep++;
                    } else {
                        atRandom++;
                    }
                }
            }
            int crashes = atEachStep + atRandom;
            clerks.stop();
            TransactionalFeedConsumer<Item> survivor = consumer(name, tokens, 7);
            survivor.drain();
            survivor.drain();

            assertThat(atEachStep).as("killed once at each step").isEqualTo(CrashProbe.Point.values().length);
            assertThat(atRandom).as("killed at 100 random points").isEqualTo(100);
            assertThat(crashes).isEqualTo(CrashProbe.Point.values().length + 100);
            assertThat(clerks.done()).as("clerks recorded 異動 and 支援措置 meanwhile").isGreaterThan(10);
            assertThat(tokens.issued.get()).as("the short-lived token was renewed while the consumer worked").isGreaterThan(1);
            assertThat(tokens.refused.get()).isZero();
            assertExactCopy(name);

            // a consumer that starts late begins with the full snapshot and ends the same
            String late = "late-" + System.nanoTime();
            consumer(late, tokens, 50).drain();
            assertExactCopy(late);
        }
    }

    @Test
    void shouldPutAnItemThatKeepsFailingInTheDeadLetterTableAndGoOn() throws Exception {
        String poisoned = jp.kikan.jumin.support.Fixtures.family(Tokens.clerk(), "毒見", "ドクミ", "2022-04-01")
                .getString("jumin[1].atenabango");
        try (TokenEndpoint tokens = new TokenEndpoint(Tokens.CITY, Tokens.RENKEI_SCOPE, 60)) {
            String name = "dead-" + System.nanoTime();
            FeedItemHandler<Item> failsForOne = item -> {
                if (item.body().atenabango().equals(poisoned)) {
                    throw new IllegalStateException("cannot apply " + poisoned);
                }
                copy(name).apply(item);
            };
            TransactionalFeedConsumer<Item> consumer = new TransactionalFeedConsumer<>(name, source(tokens), consumerDb,
                    failsForOne, 50, 3, mapper, registry);
            int attempts = 0;
            while (true) {
                try {
                    consumer.drain();
                    break;
                } catch (IllegalStateException refused) {
                    attempts++; // the poller would back off here and try again
                }
            }
            assertThat(attempts).isEqualTo(2);
            assertThat(count("select count(*) from feed_dead_letter where consumer = '" + name + "' and payload->>'atenabango' = '"
                    + poisoned + "' and error like '%cannot apply%' and attempts = 3")).isEqualTo(1);
            assertThat(registry.counter("kikan.feed.dead.letters", "consumer", name).count()).isEqualTo(1.0);
            // the rest was applied: everyone else is in the copy
            assertThat(count("select count(*) from copy_jumin where consumer = '" + name + "' and atenabango = '" + poisoned + "'"))
                    .isZero();
            assertThat(count("select count(*) from copy_jumin where consumer = '" + name + "'"))
                    .isEqualTo(sourceResidents() - 1);
        }
    }

    private TransactionalFeedConsumer<Item> consumer(String name, TokenEndpoint tokens, int pageSize) {
        return new TransactionalFeedConsumer<>(name, source(tokens), consumerDb, copy(name), pageSize, 5, mapper, registry);
    }

    private StandardFeedSource<Item> source(TokenEndpoint tokens) {
        ClientCredentials credentials = new ClientCredentials(http, mapper, tokens.uri(), TokenEndpoint.CLIENT,
                TokenEndpoint.SECRET, Tokens.RENKEI_SCOPE, ClientCredentials.AuthMethod.CLIENT_SECRET_JWT,
                Clock.systemUTC());
        // snapshot items are told apart by their content, changes by their commit-ordered number
        return new StandardFeedSource<>(http, mapper, URI.create(feedUrl.toString()), credentials, Item.class,
                (item, mode) -> "full".equals(mode)
                        ? "f:" + item.atenabango() + ":" + item.rirekibango() + ":" + item.henkoBango() + ":" + item.shienSochiTaisho()
                        : "d:" + item.henkoBango());
    }

    /** The consumer's effect: its copy, never moved back (henko_bango), never un-protecting an active measure. */
    private FeedItemHandler<Item> copy(String name) {
        return new CopyHandler(name, consumerDb, EmbeddedPostgresResource.ownerDataSource());
    }

    private void assertExactCopy(String name) throws SQLException {
        Map<String, String> source = ClerkWorkload.sourceState(EmbeddedPostgresResource.ownerDataSource(), Tokens.CITY);
        Map<String, String> copy = CopyHandler.copyState(consumerDb, name);
        assertThat(copy).as("the consumer's copy equals the source").isEqualTo(source);
        assertThat(count("select count(*) from copy_violation where consumer = '" + name + "'"))
                .as("never un-protected a person whose measure was active").isZero();
        assertThat(count("select count(*) from feed_dead_letter where consumer = '" + name + "'")).isZero();
    }

    private long sourceResidents() throws SQLException {
        return ClerkWorkload.sourceState(EmbeddedPostgresResource.ownerDataSource(), Tokens.CITY).size();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = consumerDb.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
