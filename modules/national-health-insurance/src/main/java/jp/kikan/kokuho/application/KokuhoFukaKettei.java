package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kikan.kokuho.hokenzei.HokenzeiKeisan;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

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

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins jumins;

    @Inject
    FukaSetai setai;

    @Inject
    HokenzeiParameterStore parameters;

    @Inject
    FukaStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    KokuhoFukaEvents events;

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
            var params = parameters.parameters(caller.lgCode(), nendo);
            FukaSetai.Shukei h = setai.shukei(caller.lgCode(), setaibango, people, nendo);
            List<FieldViolation> fumei = h.fumei();
            String nushi = h.nushi();
            if (!fumei.isEmpty()) {
                // listed for follow-up even though this request is refused (its own transaction)
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> store.recordFumei(caller.lgCode(), setaibango,
                        nendo, h.unknown(), clock.instant(), caller.actor()));
                throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, "shotoku-fumei",
                        "所得の分からない世帯員がいるため賦課できません（所得 0 として賦課しません）", fumei);
            }
            if (nushi == null) {
                throw new RuleViolationException("setainushi-nashi", "setaibango", StandardErrorCode.E0004,
                        "住民である世帯主が記録されていません");
            }
            // as text and back, so that it compares equal to a stored version read from the database
            JsonNode kekka = json(KokuhoShisan.view(HokenzeiKeisan.keisan(nendo, h.members(), h.nozeigimusha(), params)));
            accessLog.record(caller, ACTION, Jumins.SETAI, h.ids(), "setaibango=" + setaibango + " nendo=" + nendo);
            Optional<FukaStore.Version> last = store.latest(caller.lgCode(), setaibango, nendo);
            if (last.isPresent() && last.get().kekka().equals(kekka) && last.get().nozeigimusha().equals(nushi)) {
                return Fuka.of(last.get());
            }
            long nengaku = kekka.get("nengaku").asLong();
            FukaBunpai.Kekka choshu = FukaBunpai.choshu(mapper, nendo, shares(kekka, nushi, nengaku), nengaku,
                    params.nokigen().value(), last, java.time.YearMonth.from(calendar.today()));
            FukaStore.Version v = new FukaStore.Version(setaibango, nendo, last.map(FukaStore.Version::version).orElse(0) + 1,
                    nushi, nengaku, nengaku - last.map(FukaStore.Version::nengaku).orElse(0L), kekka, calendar.today(),
                    choshu.choshu().kibetsu(), choshu.choshu().kosei(), h.setaiin(), h.used(), choshu.bunpai());
            store.insert(caller.lgCode(), v, clock.instant(), caller.actor());
            events.append(caller.lgCode(), v);
            return Fuka.of(v);
        }).result();
    }

    /** Each 納税義務者's amount: the engine's shares when the 世帯主 changed, else the 世帯主's the whole amount. */
    private static java.util.Map<String, Long> shares(JsonNode kekka, String nushi, long nengaku) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        if (kekka.has("nozeigimusha_betsu")) {
            kekka.get("nozeigimusha_betsu").forEach(b -> out.put(b.get("nozeigimusha_atenabango").asText(), b.get("nengaku").asLong()));
        } else {
            out.put(nushi, nengaku);
        }
        return out;
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

    private JsonNode json(Object o) {
        try {
            return mapper.readTree(mapper.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
