package jp.kikan.platform.quarkus.job;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.job.JobProgress;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * What a service's job resource answers (start → 201 with the progress and its address, progress, the listed targets),
 * for the caller of the request, written once: a resource names its path, kind, counts and target key, and keeps its
 * own roles.
 */
@ApplicationScoped
public class JobEndpoints {

    /** The partitions of a job started without a number (the contracts' default). */
    public static final int DEFAULT_PARTITIONS = 4;

    @Inject
    PartitionedJobs jobs;

    @Inject
    CallerResolver caller;

    /** Starts a job from a request {@code {nendo, partitions?}} (already validated against the contract). */
    public Response start(String basePath, String kind, JsonNode request, List<String> counts) {
        int partitions = request.hasNonNull("partitions") ? request.get("partitions").asInt() : DEFAULT_PARTITIONS;
        JobProgress p = jobs.start(caller.current(), kind, request.get("nendo").asInt(), partitions);
        return Response.created(URI.create(basePath + "/" + p.job().jobId())).entity(JobViews.progress(p, counts)).build();
    }

    public Map<String, Object> progress(String kind, String jobId, List<String> counts) {
        return JobViews.progress(jobs.progress(caller.current(), kind, jobId), counts);
    }

    public Map<String, Object> errors(String kind, String jobId, String keyName, int limit, int offset) {
        return JobViews.errors(jobs.errors(caller.current(), kind, jobId, limit, offset), keyName, limit, offset);
    }
}
