package jp.kikan.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.platform.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcPartitionedJobsTest {

    private static final String CITY = "131016";
    private static final String KIND = "kokuho-honsantei";
    private static final List<String> KINDS = List.of(KIND);
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcPartitionedJobs jobs = new JdbcPartitionedJobs();
    private DataSource ds;

    @BeforeEach
    void setUp() {
        ds = TestDatabase.fresh();
    }

    @Test
    void shouldRunOneJobOfAKindAndNendoAtATimePerMunicipality() throws SQLException {
        try (Connection c = ds.getConnection()) {
            assertThat(jobs.create(c, job("j1", KIND, 2026, 2, 10))).isTrue();
            assertThat(jobs.create(c, job("j2", KIND, 2026, 2, 10))).isFalse();
            assertThat(jobs.create(c, job("j3", KIND, 2025, 1, 10))).isTrue();
            assertThat(jobs.create(c, job("j4", "kaigo-nenji", 2026, 1, 10))).isTrue();
            assertThat(jobs.create(c, new Job("011002", "j5", KIND, 2026, 1, "running", 10, T0, null, "clerk"))).isTrue();
            assertThat(jobs.running(c, CITY, KIND, 2026)).map(Job::jobId).contains("j1");
            assertThat(jobs.partitions(c, CITY, "j1")).extracting(JobPartition::partitionNo).containsExactly(0, 1);
            assertThat(jobs.job(c, CITY, "j2")).isEmpty();
        }
    }

    @Test
    void shouldHandEachPartitionToOneWorkerUntilItsLeaseRunsOut() throws SQLException {
        try (Connection c = ds.getConnection()) {
            jobs.create(c, job("j1", KIND, 2026, 2, 10));
            JobPartition a = jobs.claim(c, KINDS, "a", T0, LEASE).orElseThrow();
            JobPartition b = jobs.claim(c, KINDS, "b", T0, LEASE).orElseThrow();
            assertThat(List.of(a.partitionNo(), b.partitionNo())).containsExactlyInAnyOrder(0, 1);
            assertThat(jobs.claim(c, KINDS, "c", T0.plusSeconds(60), LEASE)).isEmpty();
            assertThat(jobs.claim(c, List.of("other-kind"), "c", T0.plusSeconds(600), LEASE)).isEmpty();

            // worker a died: once its lease has run out, c takes the partition over and a can no longer write to it
            JobPartition taken = jobs.claim(c, KINDS, "c", T0.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
            assertThat(taken.partitionNo()).isIn(a.partitionNo(), b.partitionNo());
            JobPartition lost = taken.partitionNo() == a.partitionNo() ? a : b;
            assertThat(jobs.hold(c, lost, lost.worker())).isEmpty();
            assertThatThrownBy(() -> jobs.advance(c, lost, new BatchOutcome("x", 1, Map.of(), false), T0, LEASE))
                    .isInstanceOf(JobException.class);
            assertThat(jobs.hold(c, taken, "c")).isPresent();
        }
    }

    @Test
    void shouldResumeFromTheCursorOfTheLastCommittedBatch() throws SQLException {
        try (Connection c = ds.getConnection()) {
            jobs.create(c, job("j1", KIND, 2026, 1, 5));
            JobPartition p = jobs.claim(c, KINDS, "a", T0, LEASE).orElseThrow();
            c.setAutoCommit(false);
            JobPartition held = jobs.hold(c, p, "a").orElseThrow();
            jobs.advance(c, held, new BatchOutcome("00002", 2, Map.of("assessed", 2L), false), T0, LEASE);
            c.commit();
            held = jobs.hold(c, p, "a").orElseThrow();
            jobs.advance(c, held, new BatchOutcome("00004", 2, Map.of("assessed", 1L, "skipped", 1L), false), T0, LEASE);
            c.rollback(); // the process died before this batch committed
            c.setAutoCommit(true);

            JobPartition again = jobs.claim(c, KINDS, "b", T0.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
            assertThat(again.cursor()).isEqualTo("00002");
            assertThat(again.processed()).isEqualTo(2);
            assertThat(again.counts()).containsExactlyEntriesOf(Map.of("assessed", 2L));
        }
    }

    @Test
    void shouldFinishTheJobWithItsLastPartitionAndSumTheCounts() throws SQLException {
        try (Connection c = ds.getConnection()) {
            jobs.create(c, job("j1", KIND, 2026, 2, 5));
            JobPartition a = jobs.hold(c, jobs.claim(c, KINDS, "a", T0, LEASE).orElseThrow(), "a").orElseThrow();
            JobPartition b = jobs.hold(c, jobs.claim(c, KINDS, "b", T0, LEASE).orElseThrow(), "b").orElseThrow();
            jobs.advance(c, a, new BatchOutcome("00003", 3, Map.of("assessed", 2L, "skipped", 1L), true),
                    T0.plusSeconds(1), LEASE);
            assertThat(jobs.job(c, CITY, "j1")).map(Job::status).contains("running");
            jobs.advance(c, b, new BatchOutcome("00005", 2, Map.of("assessed", 2L), true), T0.plusSeconds(2), LEASE);

            Job done = jobs.job(c, CITY, "j1").orElseThrow();
            assertThat(done.status()).isEqualTo("done");
            assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(2));
            JobProgress progress = JobProgress.of(done, jobs.partitions(c, CITY, "j1"), T0.plusSeconds(100));
            assertThat(progress.processed()).isEqualTo(5);
            assertThat(progress.count("assessed")).isEqualTo(4);
            assertThat(progress.count("skipped")).isEqualTo(1);
            assertThat(progress.ratePerSecond()).isEqualTo(2.5); // 5 in the 2 s between the first start and the end
            assertThat(progress.etaSeconds()).isZero();
            assertThat(jobs.claim(c, KINDS, "c", T0.plusSeconds(600), LEASE)).isEmpty();
            assertThat(jobs.anyRunning(c, KINDS)).isFalse();
            assertThat(jobs.create(c, job("j2", KIND, 2026, 1, 5))).isTrue(); // a finished job no longer blocks the next
        }
    }

    @Test
    void shouldEstimateTheTimeLeftFromTheRateSoFar() {
        Job running = job("j1", KIND, 2026, 1, 1_000);
        JobPartition p = new JobPartition(CITY, "j1", KIND, 2026, 0, 1, "x", 250, Map.of(), false, "a", T0, null);
        JobProgress progress = JobProgress.of(running, List.of(p), T0.plusSeconds(10));
        assertThat(progress.ratePerSecond()).isEqualTo(25.0);
        assertThat(progress.etaSeconds()).isEqualTo(30);
        assertThat(JobProgress.of(running, List.of(), T0).ratePerSecond()).isNull();
    }

    @Test
    void shouldListATargetThatFailedOnceWithItsFirstReason() throws SQLException {
        try (Connection c = ds.getConnection()) {
            jobs.create(c, job("j1", KIND, 2026, 1, 5));
            assertThat(jobs.error(c, CITY, "j1", "00001", "kyuchi-mitei", "級地がありません", T0)).isTrue();
            assertThat(jobs.error(c, CITY, "j1", "00001", "other", "再実行", T0.plusSeconds(5))).isFalse();
            assertThat(jobs.errors(c, CITY, "j1", 10, 0)).singleElement()
                    .satisfies(e -> assertThat(e.rule()).isEqualTo("kyuchi-mitei"))
                    .satisfies(e -> assertThat(e.message()).isEqualTo("級地がありません"));
            assertThat(jobs.errors(c, "011002", "j1", 10, 0)).isEmpty();
        }
    }

    private static Job job(String id, String kind, int nendo, int partitions, long total) {
        return new Job(CITY, id, kind, nendo, partitions, "running", total, T0, null, "clerk-a");
    }

}
