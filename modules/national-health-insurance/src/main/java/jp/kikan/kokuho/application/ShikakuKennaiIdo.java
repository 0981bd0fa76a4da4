package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuIdo;
import jp.kikan.kokuho.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.checkdigit.ChihoKokyoDantaiCode;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.time.TodokedeHizuke;

/**
 * 県内転居の記録 (x-kikan-function kokuho.shikaku.kennai-ido): a move to another municipality of the same prefecture, as a
 * clerk entered it with the 転出日 and the destination (resident records' feed does not carry the 転出先). The
 * qualification continues with the prefecture ({@link ShikakuPolicy#kennaiIdo}); the entry ends this municipality's
 * part, so that the next assessment of the household is 月割 to the month before the one of the day after the move.
 * Recorded with the command (idempotent by key) and the access log; refused with nothing recorded when it does not fit.
 */
@ApplicationScoped
public class ShikakuKennaiIdo {

    public static final String ACTION = "kokuho.shikaku.kennai-ido";

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

    public HihokenshaShokai.View kiroku(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, ShikakuTodokede.RESULT, () -> {
            String a = r.get("atenabango").asText();
            Jumin j = guard.lock(caller, a, ACTION);
            LocalDate today = calendar.today();
            TodokedeHizuke hizuke = TodokedeHizuke.of(r, today, "記録できません");
            LocalDate d = hizuke.idobi();
            LocalDate todokedebi = hizuke.todokedebi();
            String saki = r.get("tenshutsusaki_shikuchosonkodo").asText();
            if (!ChihoKokyoDantaiCode.isValid(saki)) {
                throw new RuleViolationException("dantai-code", "tenshutsusaki_shikuchosonkodo", StandardErrorCode.E0004,
                        "転出先の地方公共団体コード " + saki + " の検査数字が一致しません");
            }
            ShikakuIdo ido = ShikakuPolicy.kennaiIdo(rirekis.rireki(caller.lgCode(), a), caller.lgCode(), saki, d);
            shikaku.recordKennaiIdo(caller.lgCode(), a, d, saki, todokedebi, r.hasNonNull("biko") ? r.get("biko").asText() : null,
                    clock.instant(), caller.actor());
            shikaku.append(caller.lgCode(), a, ido, today, null, null, clock.instant(), caller.actor());
            accessLog.record(caller, ACTION, Jumins.TARGET, a, "tenshutsusaki=" + saki + " tenshutsubi=" + d);
            return HihokenshaShokai.view(j, shikaku.entries(caller.lgCode(), a), today);
        }).result();
    }
}
