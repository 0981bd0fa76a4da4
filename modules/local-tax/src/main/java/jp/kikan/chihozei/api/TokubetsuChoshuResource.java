package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.TokubetsuChoshuTsuchi;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 特別徴収税額の通知 of one employer (operation getTokubetsuChoshuTsuchi). */
@Path("/v1/kojin-juminzei/tokubetsu-choshu")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class TokubetsuChoshuResource {

    @Inject
    TokubetsuChoshuTsuchi tsuchi;

    @Inject
    CallerResolver caller;

    @GET
    public JsonNode get(@QueryParam("nendo") int nendo, @QueryParam("gimusha") String gimusha) {
        return tsuchi.tsuchi(caller.current(), nendo, gimusha);
    }
}
