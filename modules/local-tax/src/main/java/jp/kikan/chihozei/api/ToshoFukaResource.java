package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.tosho.ToshoFukaJobs;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 当初賦課 jobs (operations startToshoFuka, getToshoFuka). */
@Path("/v1/kojin-juminzei/tosho-fuka")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ToshoFukaResource {

    @Inject
    ToshoFukaJobs jobs;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode request) {
        int partitions = request.hasNonNull("partitions") ? request.get("partitions").asInt() : 4;
        ToshoFukaJobs.Progress p = jobs.start(caller.current(), request.get("nendo").asInt(), partitions);
        return Response.created(URI.create("/v1/kojin-juminzei/tosho-fuka/" + p.jobId())).entity(p).build();
    }

    @GET
    @Path("/{jobId}")
    public ToshoFukaJobs.Progress get(@PathParam("jobId") String jobId) {
        return jobs.progress(caller.current(), jobId);
    }
}
