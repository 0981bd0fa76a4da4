package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuIdo;
import jp.kikan.kokuho.shikaku.domain.ShikakuPolicy;
import jp.kikan.kokuho.shikaku.domain.ShikakuRireki;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.time.TodokedeHizuke;

/**
 * 資格の届出 (x-kikan-function kokuho.shikaku.todokede): 社会保険の加入・喪失, 生活保護の開始・廃止 as a clerk received
 * them (国民健康保険法第9条: 届出 — article number from general knowledge), each dated by its fact. The 届出 and the
 * entry it causes are recorded together with the command (idempotent by key) and the access log; a 届出 the history
 * contradicts is refused and nothing is recorded.
 */
@ApplicationScoped
public class ShikakuTodokede {

    public static final String ACTION = "kokuho.shikaku.todokede";
    static final ResultType<HihokenshaShokai.View> RESULT = ResultType.of(HihokenshaShokai.View.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins guard;

    @Inject
    ShikakuStore shikaku;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public HihokenshaShokai.View todokede(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            Jumin j = guard.lock(caller, a, ACTION);
            LocalDate today = calendar.today();
            TodokedeHizuke hizuke = TodokedeHizuke.of(r, today, "届け出られません");
            LocalDate d = hizuke.idobi();
            LocalDate todokedebi = hizuke.todokedebi();
            String shubetsu = r.get("todokede_shubetsu").asText();
            ShikakuRireki rireki = rirekis.rireki(caller.lgCode(), a);
            ShikakuIdo ido = ShikakuPolicy.todokede(rireki, j.jumin(), ShikakuPolicy.jogai(shikaku.todokede(caller.lgCode(), a)),
                    shubetsu, d, j.seinengappi());
            long id = shikaku.recordTodokede(caller.lgCode(), a, shubetsu, d, todokedebi,
                    r.hasNonNull("biko") ? r.get("biko").asText() : null, clock.instant(), caller.actor());
            shikaku.append(caller.lgCode(), a, ido, today, null, id, clock.instant(), caller.actor());
            // a 社保喪失 or 保護廃止 of a person already 75 is refused above; one who turns 75 later loses it then
            ShikakuPolicy.kokiDue(rirekis.rireki(caller.lgCode(), a), j.seinengappi(), today)
                    .ifPresent(k -> shikaku.append(caller.lgCode(), a, k, today, null, null, clock.instant(), caller.actor()));
            accessLog.record(caller, ACTION, Jumins.TARGET, a, "todokede_shubetsu=" + shubetsu);
            return HihokenshaShokai.view(j, shikaku.entries(caller.lgCode(), a), today);
        }).result();
    }
}
