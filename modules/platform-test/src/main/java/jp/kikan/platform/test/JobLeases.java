package jp.kikan.platform.test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Plays the death of a job worker in a service's tests: the lease of the partitions it holds runs out now, so another
 * worker may claim them (platform_job_partition, db/platform V1_0_8) — instead of waiting for the configured lease.
 */
public final class JobLeases {

    private JobLeases() {
    }

    /** Ends the lease of every unfinished partition of the job; returns how many partitions it ended. */
    public static int expire(String jobId) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update platform_job_partition set lease_until = now() - interval '1 second' where job_id = ? and not done")) {
            ps.setString(1, jobId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
