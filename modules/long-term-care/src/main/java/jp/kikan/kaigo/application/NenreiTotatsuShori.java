package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 65歳到達等の資格異動 (機能ID 0230270; x-kikan-function kaigo.shikaku.nenrei-totatsu): reaching 65 changes nothing in
 * the resident record, so the residents of the caller's municipality whose 到達日 has come by the 基準日 and who hold
 * no qualification yet acquire it on their 到達日 (介護保険法第10条第4号), each with a 被保険者番号. Run daily (or by
 * a clerk); idempotent by key, and a second run finds no one.
 */
@ApplicationScoped
public class NenreiTotatsuShori {

    public static final String ACTION = "kaigo.shikaku.nenrei-totatsu";
    static final ResultType<Kekka> RESULT = ResultType.of(Kekka.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    JuminStore jumins;

    @Inject
    ShikakuStore shikaku;

    @Inject
    jp.kikan.platform.quarkus.accesslog.AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public record Kekka(String kijunbi, int shutokuSu) {
    }

    public Kekka run(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            LocalDate today = calendar.today();
            LocalDate kijunbi = r != null && r.hasNonNull("kijunbi") ? ShikakuTodokede.date(r.get("kijunbi").asText(), "kijunbi")
                    : today;
            if (kijunbi.isAfter(today)) {
                throw new RuleViolationException("date-future", "kijunbi", StandardErrorCode.E0004,
                        "基準日は業務日付 " + today + " より後にできません");
            }
            // one born on D reaches 65 on the day before D + 65 years: everyone born by 基準日 + 1 day − 65 years
            List<String> candidates = shikaku.bornBy(caller.lgCode(), kijunbi.plusDays(1).minusYears(65).plusDays(1));
            List<String> done = new ArrayList<>();
            for (String a : candidates) {
                Jumin j = jumins.lock(caller.lgCode(), a).orElseThrow();
                if (!j.jumin()) {
                    continue;
                }
                ShikakuPolicy.nenreiTotatsu(shikaku.rireki(caller.lgCode(), a), j.seinengappi(), kijunbi).ifPresent(ido -> {
                    shikaku.append(caller.lgCode(), a, ido, today, null, null, clock.instant(), caller.actor());
                    shikaku.issueBango(caller.lgCode(), a, clock.instant());
                    done.add(a);
                });
            }
            if (!done.isEmpty()) {
                accessLog.record(caller, ACTION, Jumins.TARGET, done, "kijunbi=" + kijunbi + " count=" + done.size());
            }
            return new Kekka(kijunbi.toString(), done.size());
        }).result();
    }
}
