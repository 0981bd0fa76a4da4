package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.shomei.KofuRecorder;
import jp.kikan.jumin.application.shomei.KofuRirekiService;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 交付履歴 (x-kikan-function: inquiry.kofu-rireki). */
@Path("/v1/shomei/kofu-rireki")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.SHIEN})
public class KofuRirekiResource {

    public record KofuList(List<KofuRecorder.Kofu> items) {
    }

    @Inject
    KofuRirekiService service;

    @Inject
    CallerResolver caller;

    @GET
    public KofuList search(@QueryParam("atenabango") String atenabango,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return new KofuList(service.issuedFor(caller.current(), atenabango, limit));
    }
}
