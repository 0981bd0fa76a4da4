package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiGenmenStore;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 減免の申請 (x-kikan-function keijidoshazei.genmen; 地方税法第463条の23 and the 税条例): an application for a vehicle and
 * 年度, version 1 of its record. It changes no assessment until it is decided ({@link KeijidoshazeiGenmenKettei}); one
 * undecided or approved application per vehicle and 年度.
 */
@ApplicationScoped
public class KeijidoshazeiGenmenShinsei {

    static final ResultType<KeijidoshazeiViews.Genmen> RESULT = ResultType.of(KeijidoshazeiViews.Genmen.class, 1);
    static final String ACTION = "keijidoshazei.genmen-shinsei";

    @Inject
    IdempotentCommands commands;

    @Inject
    SharyoStore sharyo;

    @Inject
    KeijidoshazeiGenmenStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.Genmen shinsei(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, ACTION, r, RESULT, () -> {
            UUID id = UUID.fromString(r.get("sharyo_id").asText());
            int nendo = r.get("nendo").asInt();
            sharyo.lock(caller.lgCode(), id).orElseThrow(() -> new NotFoundException("sharyo_id", "車両 " + id + " は登録されていません"));
            engine.parameters().parameters(nendo);
            LocalDate today = calendar.today();
            String shogaisha = r.hasNonNull("shogaisha_atenabango") ? r.get("shogaisha_atenabango").asText() : null;
            if (shogaisha != null) {
                nozeigimushas.require(caller, shogaisha, ACTION);
            }
            boolean open = store.latestFor(caller.lgCode(), id, nendo).stream().anyMatch(g -> !"kyakka".equals(g.jotai()));
            if (open) {
                throw new RuleViolationException("genmen-shinsei-zumi", "sharyo_id", StandardErrorCode.E0004,
                        "この車両の" + nendo + "年度の減免は申請中か承認済みです");
            }
            KeijidoshazeiGenmenStore.Genmen g = new KeijidoshazeiGenmenStore.Genmen(UUID.randomUUID(), 1, id, nendo,
                    r.get("riyu").asText(), SharyoNyuryoku.date(r, "shinseibi", today), shogaisha,
                    r.hasNonNull("techo") ? r.get("techo").asText() : null, r.hasNonNull("biko") ? r.get("biko").asText() : null,
                    "shinsei", null, null);
            store.append(caller.lgCode(), g, today, calendar.now(), caller.actor());
            return view(g);
        }).result();
    }

    static KeijidoshazeiViews.Genmen view(KeijidoshazeiGenmenStore.Genmen g) {
        return new KeijidoshazeiViews.Genmen(g.genmenId().toString(), g.sharyoId().toString(), g.nendo(), g.riyu(),
                g.shinseibi().toString(), g.shogaishaAtenabango(), g.techo(), g.jotai(),
                g.ketteibi() == null ? null : g.ketteibi().toString(), g.ketteiRiyu(), g.version());
    }
}
