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
import jp.kikan.chihozei.application.tosho.KoteishisanTosho;
import jp.kikan.platform.quarkus.job.JobEndpoints;

/** 固定資産税・都市計画税の当初賦課 (operations startKoteishisanToshoFuka, getKoteishisanToshoFuka, listKoteishisanToshoFukaErrors). */
@Path(KoteishisanToshoResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class KoteishisanToshoResource {

    static final String PATH = "/v1/koteishisanzei/tosho-fuka";

    @Inject
    JobEndpoints endpoints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode request) {
        return endpoints.start(PATH, KoteishisanTosho.KIND, request, KoteishisanTosho.COUNTS);
    }

    @GET
    @Path("/{job_id}")
    public Map<String, Object> progress(@PathParam("job_id") String jobId) {
        return endpoints.progress(KoteishisanTosho.KIND, jobId, KoteishisanTosho.COUNTS);
    }

    @GET
    @Path("/{job_id}/errors")
    public Map<String, Object> errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return endpoints.errors(KoteishisanTosho.KIND, jobId, "shoyusha_key", limit, offset);
    }
}
