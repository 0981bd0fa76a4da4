package jp.kikan.kokuho.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import jp.kikan.kokuho.application.KokuhoFukaKettei;
import jp.kikan.kokuho.application.Roles;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 所得の分からない国保世帯の一覧 (operation listShotokuFumei). */
@Path("/v1/kokuho/shotoku-fumei")
@Produces(MediaType.APPLICATION_JSON)
public class ShotokuFumeiResource {

    @Inject
    KokuhoFukaKettei fuka;

    @Inject
    CallerResolver caller;

    @GET
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public Map<String, List<KokuhoFukaKettei.Fumei>> list(@QueryParam("nendo") int nendo) {
        return Map.of("items", fuka.fumei(caller.current(), nendo));
    }
}
