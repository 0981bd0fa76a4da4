package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.kaigo.hokenryo.HokenryoKeisan;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.ShotokuJohoClient;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 介護保険料の賦課 (x-kikan-function kaigo.hokenryo.fuka): a 第1号被保険者's periods in the 年度 (this service's history),
 * his income and 課税状況 and those of the other residents of his 世帯 (local tax's income information, 010:shotoku-joho:Read),
 * through the engine; the result is a new version when it differs from the last — a 更正 keeps the old versions and
 * states the difference. An unknown income (未申告, or unknown to local tax) stops the assessment: never an income of 0.
 * The 世帯 is the one recorded now (the rule judges it at 4月1日 or the 資格取得日 — 肝付町; not yet kept by date).
 */
@ApplicationScoped
public class KaigoFukaKettei {

    public static final String ACTION = "kaigo.hokenryo.fuka";
    static final ResultType<Fuka> RESULT = ResultType.of(Fuka.class, 2);

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    ShotokuJohoClient shotoku;

    @Inject
    HokenryoParameterStore parameters;

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
    FukaChoshu choshu;

    @Inject
    KaigoFukaEvents events;

    /**
     * A version as answered; the collection (徴収方法, 期別, for a 更正 the differences, 随時, 過誤納 and its 算定根拠) is null
     * for versions assessed before 期別 were stored.
     */
    public record Fuka(String atenabango, int nendo, int version, boolean kosei, String hihokenshaBango, int dankai,
            long nengaku, long sagaku, String shorinengappi, JsonNode kekka, String choshuHoho, JsonNode choshuRiyu,
            JsonNode kibetsu, JsonNode koseiSagaku, Long zuiji, Long kanpu, JsonNode choshuKonkyo) {

        static Fuka of(FukaStore.Version v) {
            JsonNode c = v.choshu();
            return new Fuka(v.atenabango(), v.nendo(), v.version(), v.version() > 1, v.hihokenshaBango(), v.dankai(), v.nengaku(),
                    v.sagaku(), v.shorinengappi().toString(), v.kekka(), c == null ? null : c.get("choshu_hoho").asText(),
                    c == null ? null : c.get("choshu_riyu"), c == null ? null : c.get("kibetsu"),
                    c == null ? null : c.get("kosei_sagaku"), c == null ? null : c.get("zuiji").asLong(),
                    c == null ? null : c.get("kanpu").asLong(), c == null ? null : c.get("choshu_konkyo"));
        }
    }

    public Fuka fuka(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            int nendo = r.get("nendo").asInt();
            jumins.require(caller, a, ACTION);
            Jumin j = juminStore.lock(caller.lgCode(), a).orElseThrow();
            store.lock(caller.lgCode(), a, nendo);
            LocalDate today = calendar.today();
            // a 65歳到達 due but not yet run is recorded first, so that its months count
            ShikakuPolicy.nenreiTotatsu(shikaku.rireki(caller.lgCode(), a), j.seinengappi(), today).filter(x -> j.jumin())
                    .ifPresent(x -> {
                        shikaku.append(caller.lgCode(), a, x, today, null, null, clock.instant(), caller.actor());
                        shikaku.issueBango(caller.lgCode(), a, clock.instant());
                    });
            List<Taishosha.Kikan> kikan = kikan(shikaku.rireki(caller.lgCode(), a), nendo);
            if (kikan.isEmpty()) {
                throw new RuleViolationException("hihokensha-nashi", "nendo", StandardErrorCode.E0004,
                        nendo + "年度に第1号被保険者であった期間がありません");
            }
            var params = parameters.parameters(caller.lgCode(), nendo);
            ObjectNode used = mapper.createObjectNode();
            List<FieldViolation> fumei = new ArrayList<>();
            ShotokuJoho honnin = known(caller.lgCode(), a, nendo, "honnin", fumei, used);
            boolean setaiKazei = false;
            List<String> ids = new ArrayList<>(List.of(a));
            for (Jumin m : juminStore.setai(caller.lgCode(), j.setaibango())) {
                if (!m.atenabango().equals(a)) {
                    ids.add(m.atenabango());
                    ShotokuJoho s = known(caller.lgCode(), m.atenabango(), nendo, "setaiin", fumei, used);
                    setaiKazei |= s != null && Boolean.TRUE.equals(s.getKintowariKazei());
                }
            }
            if (!fumei.isEmpty()) {
                throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, "shotoku-fumei",
                        "所得の分からない者がいるため段階を判定できません（所得 0 として賦課しません）", fumei);
            }
            Taishosha t = new Taishosha(Boolean.TRUE.equals(honnin.getKintowariKazei()), setaiKazei, honnin.getGokeiShotokuKingaku(),
                    orZero(honnin.getKotekiNenkinShunyu()), orZero(honnin.getKotekiNenkinShotoku()), honnin.getKyuyoShotoku(),
                    false, false, kikan);
            // as text and back, so that it compares equal to a stored version read from the database
            JsonNode kekka = json(KaigoShisan.view(HokenryoKeisan.keisan(nendo, t, params), "municipality"));
            accessLog.record(caller, ACTION, Jumins.TARGET, ids, "atenabango=" + a + " nendo=" + nendo);
            Optional<FukaStore.Version> last = store.latest(caller.lgCode(), a, nendo);
            if (last.isPresent() && last.get().kekka().equals(kekka)) {
                return Fuka.of(last.get());
            }
            long nengaku = kekka.get("nengaku").asLong();
            JsonNode kibetsu = choshu.choshu(caller.lgCode(), a, nendo, nengaku, last.orElse(null), kikan, today);
            FukaStore.Version v = new FukaStore.Version(a, nendo, last.map(FukaStore.Version::version).orElse(0) + 1,
                    shikaku.hihokenshaBango(caller.lgCode(), a).orElse(null), kekka.get("dankai").asInt(), nengaku,
                    nengaku - last.map(FukaStore.Version::nengaku).orElse(0L), kekka, today, kibetsu);
            store.insert(caller.lgCode(), v, used, clock.instant(), caller.actor());
            events.append(caller.lgCode(), v);
            return Fuka.of(v);
        }).result();
    }

    /** 賦課の履歴 (getKaigoFuka): every version; the read is in the access log. */
    @jakarta.transaction.Transactional
    public List<Fuka> rireki(Caller caller, String atenabango, int nendo) {
        jumins.require(caller, atenabango, ACTION + ".shokai");
        accessLog.record(caller, ACTION + ".shokai", Jumins.TARGET, atenabango, "nendo=" + nendo);
        return store.versions(caller.lgCode(), atenabango, nendo).stream().map(Fuka::of).toList();
    }

    /** The periods of qualification that touch the 年度 (April to March). */
    static List<Taishosha.Kikan> kikan(ShikakuRireki r, int nendo) {
        LocalDate start = LocalDate.of(nendo, 4, 1);
        LocalDate end = LocalDate.of(nendo + 1, 4, 1);
        return r.kikan().stream().filter(k -> k.shutokubi().isBefore(end) && (k.soshitsubi() == null || k.soshitsubi().isAfter(start)))
                .map(k -> new Taishosha.Kikan(k.shutokubi(), k.soshitsubi())).toList();
    }

    private ShotokuJoho known(String lgCode, String a, int nendo, String field, List<FieldViolation> fumei, ObjectNode used) {
        Optional<ShotokuJoho> s = shotoku.shotokuJoho(lgCode, a, nendo);
        if (s.isEmpty() || Boolean.TRUE.equals(s.get().getMishinkoku()) || s.get().getGokeiShotokuKingaku() == null) {
            fumei.add(new FieldViolation(field, StandardErrorCode.E0001, "shotoku-fumei", "宛名番号 " + a + " の" + (nendo - 1)
                    + "年分の所得が分かりません（" + (s.isEmpty() ? "所得情報なし" : "未申告") + "）。簡易申告などで所得を確認してください"));
            return null;
        }
        used.set(a, mapper.valueToTree(s.get()));
        return s.get();
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private JsonNode json(Object o) {
        try {
            return mapper.readTree(mapper.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
