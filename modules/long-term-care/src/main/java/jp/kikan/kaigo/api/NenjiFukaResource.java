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
import java.util.Map;
import jp.kikan.kaigo.application.NenjiFukaJob;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.job.JobProgress;
import jp.kikan.platform.quarkus.job.JobViews;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response start(JsonNode request) {
        int partitions = request.hasNonNull("partitions") ? request.get("partitions").asInt() : PARTITIONS;
        JobProgress p = jobs.start(caller.current(), NenjiFukaJob.KIND, request.get("nendo").asInt(), partitions);
        return Response.created(URI.create("/v1/kaigo/nenji-fuka/" + p.job().jobId()))
                .entity(JobViews.progress(p, NenjiFukaJob.COUNTS)).build();
    }

    @GET
    @Path("/{job_id}")
    @RolesAllowed(Roles.CLERK)
    public Map<String, Object> progress(@PathParam("job_id") String jobId) {
        return JobViews.progress(jobs.progress(caller.current(), NenjiFukaJob.KIND, jobId), NenjiFukaJob.COUNTS);
    }

    @GET
    @Path("/{job_id}/errors")
    @RolesAllowed(Roles.CLERK)
    public Map<String, Object> errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return JobViews.errors(jobs.errors(caller.current(), NenjiFukaJob.KIND, jobId, limit, offset), "atenabango", limit,
                offset);
    }
}
