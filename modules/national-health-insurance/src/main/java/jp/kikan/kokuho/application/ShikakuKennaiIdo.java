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
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

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
    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    @Inject
    IdempotentCommands commands;

    @Inject
    JuminStore jumins;

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
            guard.require(caller, a, ACTION);
            Jumin j = jumins.lock(caller.lgCode(), a)
                    .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + a + " の住民は記録されていません"));
            LocalDate today = calendar.today();
            LocalDate d = date(r.get("idonengappi").asText(), "idonengappi");
            LocalDate todokedebi = r.hasNonNull("todokedenengappi") ? date(r.get("todokedenengappi").asText(), "todokedenengappi")
                    : today;
            if (d.isAfter(today) || todokedebi.isAfter(today)) {
                throw new RuleViolationException("date-future", d.isAfter(today) ? "idonengappi" : "todokedenengappi",
                        StandardErrorCode.E0004, "業務日付 " + today + " より後の日付は記録できません");
            }
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

    private static LocalDate date(String text, String field) {
        try {
            return CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", field, StandardErrorCode.E0004,
                    "「" + text + "」は暦に存在しない日付です（" + e.getMessage() + "）");
        }
    }
}
