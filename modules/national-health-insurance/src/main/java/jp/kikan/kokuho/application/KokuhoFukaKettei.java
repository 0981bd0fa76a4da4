package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;

/**
 * 国民健康保険税の賦課 (x-kikan-function kokuho.hokenzei.fuka): a household's members with their qualification periods in
 * the 年度 (this service's history) and their incomes (local tax's income information), through the engine; the result
 * is a new version when it differs from the last (a 更正 keeps the old versions and states the difference). A member
 * whose income is unknown (未申告, or unknown to local tax) stops the assessment: never assessed as an income of 0.
 */
@ApplicationScoped
public class KokuhoFukaKettei {

    public static final String ACTION = "kokuho.hokenzei.fuka";
    static final ResultType<Fuka> RESULT = ResultType.of(Fuka.class, 1);
    static final String SETAINUSHI_NASHI = "住民である世帯主が記録されていません";

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins jumins;

    @Inject
    KokuhoSetaiFuka setaiFuka;

    @Inject
    HokenzeiParameterStore parameters;

    @Inject
    FukaStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /**
     * A version as answered; kibetsu null for versions assessed before 期別 were stored, the 更正 items null for a 当初,
     * the shares null when one 世帯主 was liable for the whole 年度.
     */
    public record Fuka(String setaibango, int nendo, int version, boolean kosei, String nozeigimushaAtenabango, long nengaku,
            long sagaku, String shorinengappi, JsonNode kekka, JsonNode kibetsu, JsonNode koseiSagaku, Long zuiji, Long kanpu,
            JsonNode nozeigimushaChoshu) {

        static Fuka of(FukaStore.Version v) {
            JsonNode k = v.kosei();
            return new Fuka(v.setaibango(), v.nendo(), v.version(), v.version() > 1, v.nozeigimusha(), v.nengaku(), v.sagaku(),
                    v.shorinengappi().toString(), v.kekka(), v.kibetsu(), k == null ? null : k.get("sagaku"),
                    k == null ? null : k.get("zuiji").asLong(), k == null ? null : k.get("kanpu").asLong(), v.bunpai());
        }
    }

    public Fuka fuka(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String setaibango = r.get("setaibango").asText();
            int nendo = r.get("nendo").asInt();
            List<Jumin> people = jumins.requireSetaiAll(caller, setaibango, ACTION);
            store.lock(caller.lgCode(), setaibango, nendo);
            KokuhoSetaiFuka.Kekka k = setaiFuka.fuka(caller.lgCode(), caller.actor(), setaibango, nendo, people,
                    parameters.parameters(caller.lgCode(), nendo), false);
            FukaSetai.Shukei h = k.shukei();
            if (k.jotai() == KokuhoSetaiFuka.Jotai.SHOTOKU_FUMEI) {
                // listed for follow-up even though this request is refused (its own transaction)
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> store.recordFumei(caller.lgCode(), setaibango,
                        nendo, h.unknown(), clock.instant(), caller.actor()));
                throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, "shotoku-fumei",
                        "所得の分からない世帯員がいるため賦課できません（所得 0 として賦課しません）", h.fumei());
            }
            if (k.jotai() == KokuhoSetaiFuka.Jotai.SETAINUSHI_NASHI) {
                throw new RuleViolationException("setainushi-nashi", "setaibango", StandardErrorCode.E0004,
                        SETAINUSHI_NASHI);
            }
            accessLog.record(caller, ACTION, Jumins.SETAI, h.ids(), "setaibango=" + setaibango + " nendo=" + nendo);
            return Fuka.of(k.version());
        }).result();
    }

    /** 賦課の履歴 (getKokuhoFuka): every version; the read is in the access log. */
    @jakarta.transaction.Transactional
    public List<Fuka> rireki(Caller caller, String setaibango, int nendo) {
        List<Jumin> people = jumins.requireSetaiAll(caller, setaibango, ACTION + ".shokai");
        accessLog.record(caller, ACTION + ".shokai", Jumins.SETAI, people.stream().map(Jumin::atenabango).toList(),
                "setaibango=" + setaibango + " nendo=" + nendo);
        return store.versions(caller.lgCode(), setaibango, nendo).stream().map(Fuka::of).toList();
    }

    public record Fumei(String setaibango, int nendo, List<String> atenabango, java.time.OffsetDateTime kenshutsuAt) {
    }

    /** 所得の分からない世帯の一覧 (listShotokuFumei); households with a protected member only for the 支援措置 role. */
    @jakarta.transaction.Transactional
    public List<Fumei> fumei(Caller caller, int nendo) {
        List<Fumei> out = store.fumei(caller.lgCode(), nendo).stream()
                .filter(f -> caller.hasRole(Roles.SHIEN) || jumins.setaiUnprotected(caller, f.setaibango()))
                .map(f -> new Fumei(f.setaibango(), f.nendo(), f.atenabango(),
                        f.kenshutsuAt().atOffset(java.time.ZoneOffset.UTC))).toList();
        accessLog.record(caller, "kokuho.shotoku-fumei", Jumins.SETAI, out.stream().map(Fumei::setaibango).toList(),
                "nendo=" + nendo + " count=" + out.size());
        return out;
    }
}
