package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kikan.kaigo.client.chihozei.model.ShotokuJoho;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.ShotokuJohoClient;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
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
 * The rules are {@link KaigoFukaSantei}'s (shared with the annual run); this command reads one person, records a due
 * 65歳到達 first, and answers a refusal as a problem.
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
    FukaStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    KaigoFukaSantei santei;

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
            ShikakuRireki rireki = shikaku.rireki(caller.lgCode(), a);
            List<Jumin> setai = juminStore.setai(caller.lgCode(), j.setaibango());
            Map<String, ShotokuJoho> incomes = KaigoFukaSantei.kikan(rireki, nendo).isEmpty() ? Map.of()
                    : shotoku.shotokuJoho(caller.lgCode(), KaigoFukaSantei.shotokuTaisho(j, setai), nendo);
            KaigoFukaSantei.Kekka k = santei.santei(caller.lgCode(), caller.actor(), nendo,
                    new KaigoFukaSantei.Nyuryoku(j, rireki, setai, incomes, store.latest(caller.lgCode(), a, nendo).orElse(null)),
                    today);
            switch (k.jotai()) {
                case HIHOKENSHA_NASHI -> throw new RuleViolationException("hihokensha-nashi", "nendo", StandardErrorCode.E0004,
                        dai2go(rireki, nendo) ? nendo + "年度は第2号被保険者の期間だけです。第2号被保険者の保険料は医療保険者が医療保険料と"
                                + "合わせて徴収するため、市町村は賦課しません（介護保険法第129条第4項・第150条）"
                                : nendo + "年度に第1号被保険者であった期間がありません");
                case SHOTOKU_FUMEI -> throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, "shotoku-fumei",
                        "所得の分からない者がいるため段階を判定できません（所得 0 として賦課しません）", k.fumei());
                default -> accessLog.record(caller, ACTION, Jumins.TARGET, k.yomikomi(), "atenabango=" + a + " nendo=" + nendo);
            }
            return Fuka.of(k.version());
        }).result();
    }

    /** 賦課の履歴 (getKaigoFuka): every version; the read is in the access log. */
    @jakarta.transaction.Transactional
    public List<Fuka> rireki(Caller caller, String atenabango, int nendo) {
        jumins.require(caller, atenabango, ACTION + ".shokai");
        accessLog.record(caller, ACTION + ".shokai", Jumins.TARGET, atenabango, "nendo=" + nendo);
        return store.versions(caller.lgCode(), atenabango, nendo).stream().map(Fuka::of).toList();
    }

    /** Whether a 第2号 period touches the 年度. */
    private static boolean dai2go(ShikakuRireki r, int nendo) {
        LocalDate start = LocalDate.of(nendo, 4, 1);
        LocalDate end = LocalDate.of(nendo + 1, 4, 1);
        return r.dai2goKikan().stream().anyMatch(k -> k.shutokubi().isBefore(end) && (k.soshitsubi() == null
                || k.soshitsubi().isAfter(start)));
    }

    /** The periods as a 第1号被保険者 that touch the 年度 (April to March). */
    static List<Taishosha.Kikan> kikan(ShikakuRireki r, int nendo) {
        return KaigoFukaSantei.kikan(r, nendo);
    }
}
