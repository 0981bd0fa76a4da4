package jp.kikan.chihozei.api;

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
import java.util.Map;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.tosho.KojinJuminzeiTosho;
import jp.kikan.platform.quarkus.job.JobEndpoints;

/** 個人住民税の当初賦課 (operations startToshoFuka, getToshoFuka, listToshoFukaErrors). */
@Path(ToshoFukaResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ToshoFukaResource {

    static final String PATH = "/v1/kojin-juminzei/tosho-fuka";

    @Inject
    JobEndpoints endpoints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode request) {
        return endpoints.start(PATH, KojinJuminzeiTosho.KIND, request, KojinJuminzeiTosho.COUNTS);
    }

    @GET
    @Path("/{job_id}")
    public Map<String, Object> progress(@PathParam("job_id") String jobId) {
        return endpoints.progress(KojinJuminzeiTosho.KIND, jobId, KojinJuminzeiTosho.COUNTS);
    }

    @GET
    @Path("/{job_id}/errors")
    public Map<String, Object> errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return endpoints.errors(KojinJuminzeiTosho.KIND, jobId, "atenabango", limit, offset);
    }
}
