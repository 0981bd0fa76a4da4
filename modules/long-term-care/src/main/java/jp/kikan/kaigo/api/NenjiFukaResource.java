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
import java.util.Map;
import jp.kikan.kaigo.application.NenjiFukaJob;
import jp.kikan.kaigo.application.Roles;
import jp.kikan.platform.quarkus.job.JobEndpoints;

/** 介護保険料の年次賦課 (operations startKaigoNenjiFuka, getKaigoNenjiFuka, listKaigoNenjiFukaErrors). */
@Path(NenjiFukaResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class NenjiFukaResource {

    static final String PATH = "/v1/kaigo/nenji-fuka";

    @Inject
    JobEndpoints endpoints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode request) {
        return endpoints.start(PATH, NenjiFukaJob.KIND, request, NenjiFukaJob.COUNTS);
    }

    @GET
    @Path("/{job_id}")
    public Map<String, Object> progress(@PathParam("job_id") String jobId) {
        return endpoints.progress(NenjiFukaJob.KIND, jobId, NenjiFukaJob.COUNTS);
    }

    @GET
    @Path("/{job_id}/errors")
    public Map<String, Object> errors(@PathParam("job_id") String jobId, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return endpoints.errors(NenjiFukaJob.KIND, jobId, "atenabango", limit, offset);
    }
}
