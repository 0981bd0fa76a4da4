package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.policy.SharyoKensa;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 軽自動車等の登録 (x-kikan-function keijidoshazei.sharyo-toroku; 申告 of 地方税法第463条の19 entered by a clerk): the
 * vehicle's first version. The owner (and the user) must be taxpayers of the caller's municipality — a resident from
 * the feed or a 住登外者 registered here; the 標識番号 must not be in use by another vehicle not 廃車.
 */
@ApplicationScoped
public class SharyoToroku {

    static final ResultType<KeijidoshazeiViews.Sharyo> RESULT = ResultType.of(KeijidoshazeiViews.Sharyo.class, 1);
    static final String ACTION = "keijidoshazei.sharyo-toroku";

    @Inject
    IdempotentCommands commands;

    @Inject
    SharyoStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.Sharyo toroku(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, ACTION, r, RESULT, () -> record(caller, r, UUID.randomUUID())).result();
    }

    /** Registers one vehicle (also a row of an imported file); refused with nothing written. */
    KeijidoshazeiViews.Sharyo record(Caller caller, JsonNode r, UUID id) {
        LocalDate today = calendar.today();
        String owner = r.get("shoyusha_atenabango").asText();
        nozeigimushas.lock(caller, owner, ACTION);
        String user = r.hasNonNull("shiyosha_atenabango") ? r.get("shiyosha_atenabango").asText() : null;
        if (user != null) {
            nozeigimushas.require(caller, user, ACTION);
        }
        SharyoStore.Version v = new SharyoStore.Version(id, 1, "toroku", SharyoNyuryoku.date(r, "idobi", today),
                SharyoNyuryoku.optionalDate(r, "shinkokubi", today), r.get("hyoshiki_bango").asText(),
                r.get("shashu_kubun").asText(), r.hasNonNull("haikiryo") ? r.get("haikiryo").asInt() : null, null, null,
                r.hasNonNull("nenryo") ? r.get("nenryo").asText() : null, r.path("hikenin").asBoolean(false),
                r.hasNonNull("green_kubun") ? r.get("green_kubun").asText() : "nashi", owner, user, false,
                r.hasNonNull("biko") ? r.get("biko").asText() : null, today);
        var shodo = SharyoNyuryoku.shodoKensa(r, today);
        v = SharyoIdo.withShodoKensa(v, shodo);
        SharyoKensa.kensa(SharyoNyuryoku.sharyo(v), engine.parameters().parameters(engine.parameters().to()));
        if (store.hyoshikiBangoInUse(caller.lgCode(), v.hyoshikiBango(), id)) {
            throw new RuleViolationException("hyoshiki-bango-jufuku", "hyoshiki_bango", StandardErrorCode.E0004,
                    "標識番号 " + v.hyoshikiBango() + " の車両はすでに登録されています（廃車されていません）");
        }
        store.append(caller.lgCode(), v, calendar.now(), caller.actor());
        KeijidoshazeiViews.SharyoVersion view = KeijidoshazeiViews.SharyoVersion.of(v);
        return new KeijidoshazeiViews.Sharyo(id.toString(), today.toString(), v.idobi().isAfter(today) ? null : view, List.of(view));
    }
}
