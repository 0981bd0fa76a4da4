package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiGenmenStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 減免の決定 (x-kikan-function keijidoshazei.genmen): approval or refusal of an application, as its next version. An
 * approved 減免 is taken by the 年度's next 賦課 (当初, or a 更正 of an assessed 年度).
 */
@ApplicationScoped
public class KeijidoshazeiGenmenKettei {

    static final String ACTION = "keijidoshazei.genmen-kettei";

    @Inject
    IdempotentCommands commands;

    @Inject
    KeijidoshazeiGenmenStore store;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.Genmen kettei(Caller caller, String key, String genmenId, JsonNode r) {
        return commands.run(caller, key, ACTION, new Object[] {genmenId, r}, KeijidoshazeiGenmenShinsei.RESULT, () -> {
            KeijidoshazeiGenmenStore.Genmen last = store.lockLatest(caller.lgCode(), UUID.fromString(genmenId))
                    .orElseThrow(() -> new NotFoundException("genmen_id", "減免の申請 " + genmenId + " はありません"));
            if (!"shinsei".equals(last.jotai())) {
                throw new RuleViolationException("genmen-kettei-zumi", "kettei", StandardErrorCode.E0004,
                        "この申請はすでに決定されています（" + last.jotai() + "）");
            }
            LocalDate today = calendar.today();
            LocalDate ketteibi = SharyoNyuryoku.date(r, "ketteibi", today);
            if (ketteibi.isBefore(last.shinseibi())) {
                throw new RuleViolationException("ketteibi-order", "ketteibi", StandardErrorCode.E0004,
                        "決定日 " + ketteibi + " が申請日 " + last.shinseibi() + " より前です");
            }
            KeijidoshazeiGenmenStore.Genmen g = new KeijidoshazeiGenmenStore.Genmen(last.genmenId(), last.version() + 1,
                    last.sharyoId(), last.nendo(), last.riyu(), last.shinseibi(), last.shogaishaAtenabango(), last.techo(),
                    last.biko(), r.get("kettei").asText(), ketteibi, r.hasNonNull("riyu") ? r.get("riyu").asText() : null);
            store.append(caller.lgCode(), g, today, calendar.now(), caller.actor());
            return KeijidoshazeiGenmenShinsei.view(g);
        }).result();
    }
}
