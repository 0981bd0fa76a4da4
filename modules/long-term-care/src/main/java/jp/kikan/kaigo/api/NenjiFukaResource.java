package jp.kikan.kaigo.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import jp.kikan.kaigo.application.NenjiFukaJob;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.job.JobPartition;
import jp.kikan.platform.job.JobProgress;
import jp.kikan.platform.quarkus.job.PartitionedJobs;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 介護保険料の年次賦課 (operations startKaigoNenjiFuka, getKaigoNenjiFuka, listKaigoNenjiFukaErrors). */
@Path("/v1/kaigo/nenji-fuka")
@Produces(MediaType.APPLICATION_JSON)
public class NenjiFukaResource {

    /** The partitions of a job started without a number (the contract's default). */
    static final int PARTITIONS = 4;

    @Inject
    PartitionedJobs jobs;

    @Inject
    CallerResolver caller;

    /** KaigoNenjiFukaProgress. */
    public record Progress(String jobId, int nendo, String status, int partitions, long total, long processed, long assessed,
            long unchanged, long shotokuFumei, long errors, Double ratePerSecond, Long etaSeconds, String createdAt,
            String finishedAt, List<Bunkatsu> partitionDetail) {

        static Progress of(JobProgress p) {
            var j = p.job();
            return new Progress(j.jobId(), j.nendo(), j.status(), j.partitions(), j.total(), p.processed(), p.count("assessed"),
                    p.count("unchanged"), p.count("shotoku_fumei"), p.count("errors"), p.ratePerSecond(), p.etaSeconds(),
                    j.createdAt().toString(), j.finishedAt() == null ? null : j.finishedAt().toString(),
                    p.partitions().stream().map(Bunkatsu::of).toList());
        }
    }

    /** A partition in KaigoNenjiFukaProgress.partition_detail. */
    public record Bunkatsu(int partitionNo, long processed, long assessed, boolean done, String worker) {

        static Bunkatsu of(JobPartition p) {
            return new Bunkatsu(p.partitionNo(), p.processed(), p.counts().getOrDefault("assessed", 0L), p.done(), p.worker());
        }
    }

    /** KaigoNenjiFukaError (target_key as atenabango). */
    public record ErrorItem(String atenabango, String rule, String message, String recordedAt) {
    }

    /** KaigoNenjiFukaErrors. */
    public record Errors(List<ErrorItem> items, int limit, int offset) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response start(JsonNode request) {
        int partitions = request.hasNonNull("partitions") ? request.get("partitions").asInt() : PARTITIONS;
        JobProgress p = jobs.start(caller.current(), NenjiFukaJob.KIND, request.get("nendo").asInt(), partitions);
        return Response.created(URI.create("/v1/kaigo/nenji-fuka/" + p.job().jobId())).entity(Progress.of(p)).build();
    }

    @GET
    @Path("/{job_id}")
    @RolesAllowed(Roles.CLERK)
    public Progress progress(@PathParam("job_id") String jobId) {
        return Progress.of(jobs.progress(caller.current(), NenjiFukaJob.KIND, jobId));
    }

    @GET
    @Path("/{job_id}/errors")
    @RolesAllowed(Roles.CLERK)
    public Errors errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return new Errors(jobs.errors(caller.current(), NenjiFukaJob.KIND, jobId, limit, offset).stream()
                .map(e -> new ErrorItem(e.targetKey(), e.rule(), e.message(), e.recordedAt().toString())).toList(), limit, offset);
    }
}
