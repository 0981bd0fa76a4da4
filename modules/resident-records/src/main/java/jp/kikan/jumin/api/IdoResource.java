package jp.kikan.jumin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kikan.jumin.application.Roles;
import jp.kikan.jumin.application.ido.Commands;
import jp.kikan.jumin.application.ido.IdoKekka;
import jp.kikan.jumin.application.ido.SetaiBunriUseCase;
import jp.kikan.jumin.application.ido.SetaiGappeiUseCase;
import jp.kikan.jumin.application.ido.SetaiHenkoUseCase;
import jp.kikan.jumin.application.ido.SetainushiHenkoUseCase;
import jp.kikan.jumin.application.ido.ShiboUseCase;
import jp.kikan.jumin.application.ido.ShokkenShojoUseCase;
import jp.kikan.jumin.application.ido.ShuseiUseCase;
import jp.kikan.jumin.application.ido.ShusseiUseCase;
import jp.kikan.jumin.application.ido.TenkyoUseCase;
import jp.kikan.jumin.application.ido.TennyuUseCase;
import jp.kikan.jumin.application.ido.TenshutsuUseCase;
import jp.kikan.jumin.application.ido.TorikeshiUseCase;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.CommandOutcome;
import jp.kikan.platform.quarkus.command.IdempotencyKeys;
import jp.kikan.platform.quarkus.security.CallerResolver;

/** 異動 commands (x-kikan-function: ido.*). Each needs an Idempotency-Key. */
@Path("/v1/ido")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
public class IdoResource {

    @Inject CallerResolver caller;
    @Inject TennyuUseCase tennyu;
    @Inject ShusseiUseCase shussei;
    @Inject TenkyoUseCase tenkyo;
    @Inject TenshutsuUseCase tenshutsu;
    @Inject ShiboUseCase shibo;
    @Inject SetaiBunriUseCase setaiBunri;
    @Inject SetaiGappeiUseCase setaiGappei;
    @Inject SetaiHenkoUseCase setaiHenko;
    @Inject SetainushiHenkoUseCase setainushiHenko;
    @Inject ShokkenShojoUseCase shokkenShojo;
    @Inject ShuseiUseCase shusei;
    @Inject TorikeshiUseCase torikeshi;

    @POST @Path("/tennyu")
    public Response tennyu(@HeaderParam("Idempotency-Key") String key, Commands.Tennyu cmd) {
        return run(key, cmd, c -> tennyu.execute(c, key, cmd));
    }

    @POST @Path("/shussei")
    public Response shussei(@HeaderParam("Idempotency-Key") String key, Commands.Shussei cmd) {
        return run(key, cmd, c -> shussei.execute(c, key, cmd));
    }

    @POST @Path("/tenkyo")
    public Response tenkyo(@HeaderParam("Idempotency-Key") String key, Commands.Tenkyo cmd) {
        return run(key, cmd, c -> tenkyo.execute(c, key, cmd));
    }

    @POST @Path("/tenshutsu")
    public Response tenshutsu(@HeaderParam("Idempotency-Key") String key, Commands.Tenshutsu cmd) {
        return run(key, cmd, c -> tenshutsu.execute(c, key, cmd));
    }

    @POST @Path("/shibo")
    public Response shibo(@HeaderParam("Idempotency-Key") String key, Commands.Shibo cmd) {
        return run(key, cmd, c -> shibo.execute(c, key, cmd));
    }

    @POST @Path("/setai-bunri")
    public Response setaiBunri(@HeaderParam("Idempotency-Key") String key, Commands.SetaiBunri cmd) {
        return run(key, cmd, c -> setaiBunri.execute(c, key, cmd));
    }

    @POST @Path("/setai-gappei")
    public Response setaiGappei(@HeaderParam("Idempotency-Key") String key, Commands.SetaiGappei cmd) {
        return run(key, cmd, c -> setaiGappei.execute(c, key, cmd));
    }

    @POST @Path("/setai-henko")
    public Response setaiHenko(@HeaderParam("Idempotency-Key") String key, Commands.SetaiHenko cmd) {
        return run(key, cmd, c -> setaiHenko.execute(c, key, cmd));
    }

    @POST @Path("/setainushi-henko")
    public Response setainushiHenko(@HeaderParam("Idempotency-Key") String key, Commands.SetainushiHenko cmd) {
        return run(key, cmd, c -> setainushiHenko.execute(c, key, cmd));
    }

    @POST @Path("/shokken-shojo")
    public Response shokkenShojo(@HeaderParam("Idempotency-Key") String key, Commands.ShokkenShojo cmd) {
        return run(key, cmd, c -> shokkenShojo.execute(c, key, cmd));
    }

    @POST @Path("/shusei")
    public Response shusei(@HeaderParam("Idempotency-Key") String key, Commands.Shusei cmd) {
        return run(key, cmd, c -> shusei.execute(c, key, cmd));
    }

    @POST @Path("/torikeshi")
    public Response torikeshi(@HeaderParam("Idempotency-Key") String key, Commands.Torikeshi cmd) {
        return run(key, cmd, c -> torikeshi.execute(c, key, cmd));
    }

    private Response run(String key, Object body, java.util.function.Function<Caller, CommandOutcome<IdoKekka>> command) {
        IdempotencyKeys.require(key);
        if (body == null) {
            throw new RuleViolationException(400, "body", "リクエスト本文が必要です",
                    List.of(new FieldViolation(null, StandardErrorCode.E0001, "body", "JSON の本文を送ってください")));
        }
        CommandOutcome<IdoKekka> outcome = command.apply(caller.current());
        return Response.status(201).entity(outcome.result())
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).build();
    }

}
