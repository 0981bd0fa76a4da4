package jp.kikan.kokuho.api;

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
import jp.kikan.kokuho.application.KokuhoHonsantei;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.platform.quarkus.job.JobViews;
import jp.kikan.platform.quarkus.job.PartitionedJobs;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 国民健康保険税（料）の本算定 (operations startKokuhoHonsantei, getKokuhoHonsantei, listKokuhoHonsanteiErrors). */
@Path("/v1/kokuho/honsantei")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class HonsanteiResource {

    @Inject
    PartitionedJobs jobs;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode request) {
        int partitions = request.hasNonNull("partitions") ? request.get("partitions").asInt() : 4;
        var p = jobs.start(caller.current(), KokuhoHonsantei.KIND, request.get("nendo").asInt(), partitions);
        return Response.created(URI.create("/v1/kokuho/honsantei/" + p.job().jobId()))
                .entity(JobViews.progress(p, KokuhoHonsantei.COUNTS)).build();
    }

    @GET
    @Path("/{job_id}")
    public Map<String, Object> progress(@PathParam("job_id") String jobId) {
        return JobViews.progress(jobs.progress(caller.current(), KokuhoHonsantei.KIND, jobId), KokuhoHonsantei.COUNTS);
    }

    @GET
    @Path("/{job_id}/errors")
    public Map<String, Object> errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return JobViews.errors(jobs.errors(caller.current(), KokuhoHonsantei.KIND, jobId, limit, offset), "setaibango", limit,
                offset);
    }
}
