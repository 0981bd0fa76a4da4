package jp.kikan.chihozei.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kikan.chihozei.application.HojinToroku;
import jp.kikan.chihozei.application.JutogaiToroku;
import jp.kikan.chihozei.application.KaokushikiShokai;
import jp.kikan.chihozei.application.KaokushikiToroku;
import jp.kikan.chihozei.application.KaokushikiViews;
import jp.kikan.chihozei.application.NozeigimushaKensaku;
import jp.kikan.chihozei.application.NozeigimushaShokai;
import jp.kikan.chihozei.application.Roles;
import jp.kikan.chihozei.application.SozokuninDaihyoshaShitei;
import jp.kikan.chihozei.application.SozokuninDaihyoshaViews;
import jp.kikan.chihozei.application.SozokuninDaihyoshas;
import jp.kikan.platform.quarkus.security.CallerResolver;

/**
 * 納税義務者 (operations searchNozeigimusha, getNozeigimusha, registerJutogaisha) and a 住登外者's 事務所・事業所・家屋敷
 * (listKaokushiki, registerKaokushiki, endKaokushiki), a deceased taxpayer's 相続人代表者 (getSozokuninDaihyosha,
 * designateSozokuninDaihyosha).
 */
@Path("/v1/nozeigimusha")
@Produces(MediaType.APPLICATION_JSON)
public class NozeigimushaResource {

    @Inject
    NozeigimushaShokai shokai;

    @Inject
    NozeigimushaKensaku kensaku;

    @Inject
    JutogaiToroku jutogai;

    @Inject
    HojinToroku hojin;

    @Inject
    KaokushikiToroku kaokushiki;

    @Inject
    KaokushikiShokai kaokushikiShokai;

    @Inject
    SozokuninDaihyoshaShitei sozokuninShitei;

    @Inject
    SozokuninDaihyoshas sozokunin;

    @Inject
    CallerResolver caller;

    @GET
    @RolesAllowed(Roles.CLERK)
    public NozeigimushaKensaku.Kekka search(@QueryParam("shimei_furigana") String furigana, @QueryParam("shimei") String shimei,
            @QueryParam("seinengappi") String seinengappi, @QueryParam("limit") @DefaultValue("50") int limit) {
        return kensaku.kensaku(caller.current(), furigana, shimei, seinengappi, Math.max(1, Math.min(limit, 100)));
    }

    @GET
    @Path("/{atenabango}")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public NozeigimushaShokai.View get(@PathParam("atenabango") String atenabango, @QueryParam("nendo") Integer nendo) {
        return shokai.shokai(caller.current(), atenabango, nendo);
    }

    @POST
    @Path("/jutogai")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response register(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        NozeigimushaShokai.View v = jutogai.toroku(caller.current(), key, request);
        return Response.created(URI.create("/v1/nozeigimusha/" + v.atenabango())).entity(v).build();
    }

    @POST
    @Path("/hojin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response registerHojin(@HeaderParam("Idempotency-Key") String key, JsonNode request) {
        NozeigimushaShokai.View v = hojin.toroku(caller.current(), key, request);
        return Response.created(URI.create("/v1/nozeigimusha/" + v.atenabango())).entity(v).build();
    }

    @GET
    @Path("/{atenabango}/kaokushiki")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public KaokushikiViews.Ichiran kaokushiki(@PathParam("atenabango") String atenabango) {
        return kaokushikiShokai.shokai(caller.current(), atenabango);
    }

    @POST
    @Path("/{atenabango}/kaokushiki")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response registerKaokushiki(@HeaderParam("Idempotency-Key") String key, @PathParam("atenabango") String atenabango,
            JsonNode request) {
        KaokushikiViews.Ichiran v = kaokushiki.toroku(caller.current(), key, atenabango, request);
        return Response.created(URI.create("/v1/nozeigimusha/" + atenabango + "/kaokushiki")).entity(v).build();
    }

    @POST
    @Path("/{atenabango}/kaokushiki/{kaokushiki_bango}/shuryo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response endKaokushiki(@HeaderParam("Idempotency-Key") String key, @PathParam("atenabango") String atenabango,
            @PathParam("kaokushiki_bango") int bango, JsonNode request) {
        KaokushikiViews.Ichiran v = kaokushiki.shuryo(caller.current(), key, atenabango, bango, request);
        return Response.created(URI.create("/v1/nozeigimusha/" + atenabango + "/kaokushiki")).entity(v).build();
    }

    @GET
    @Path("/{atenabango}/sozokunin-daihyosha")
    @RolesAllowed({Roles.CLERK, Roles.SHIEN})
    public SozokuninDaihyoshaViews.View sozokuninDaihyosha(@PathParam("atenabango") String atenabango) {
        return sozokunin.shokai(caller.current(), atenabango);
    }

    @POST
    @Path("/{atenabango}/sozokunin-daihyosha")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    public Response designateSozokuninDaihyosha(@HeaderParam("Idempotency-Key") String key,
            @PathParam("atenabango") String atenabango, JsonNode request) {
        SozokuninDaihyoshaViews.View v = sozokuninShitei.shitei(caller.current(), key, atenabango, request);
        return Response.created(URI.create("/v1/nozeigimusha/" + atenabango + "/sozokunin-daihyosha")).entity(v).build();
    }
}
