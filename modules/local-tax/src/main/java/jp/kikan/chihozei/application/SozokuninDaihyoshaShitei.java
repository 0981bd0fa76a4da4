package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.SozokuninDaihyoshaStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 相続人代表者の指定 (x-kikan-function nozeigimusha.sozokunin-daihyosha): the heirs of a deceased taxpayer succeed to the
 * tax (地方税法第9条) and name one of them to receive its documents (第9条の2第1項, 届出 {@code todokede}); without a
 * 届出 the municipality may name one itself (第9条の2第2項, {@code shokken}). Only for a taxpayer whom the resident
 * record shows as deceased; the representative is another taxpayer of this municipality (a resident, or a 住登外者
 * registered first). A new designation is a new version — the earlier ones stay.
 */
@ApplicationScoped
public class SozokuninDaihyoshaShitei {

    static final ResultType<SozokuninDaihyoshaViews.View> RESULT = ResultType.of(SozokuninDaihyoshaViews.View.class, 1);
    static final String ACTION = "nozeigimusha.sozokunin-daihyosha";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    SozokuninDaihyoshaStore store;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public SozokuninDaihyoshaViews.View shitei(Caller caller, String idempotencyKey, String hisozokunin, JsonNode r) {
        ObjectNode keyed = r.deepCopy();
        keyed.put("_hisozokunin", hisozokunin);
        return commands.run(caller, idempotencyKey, ACTION, keyed, RESULT, () -> {
            NozeigimushaEntity h = nozeigimushas.lock(caller, hisozokunin, ACTION);
            if (!"shibo".equals(h.juminJotai)) {
                throw new RuleViolationException("hisozokunin-shibo", "atenabango", StandardErrorCode.E0004,
                        "住民記録で死亡となっていない納税義務者には相続人代表者を指定できません（地方税法第9条の2）");
            }
            String daihyosha = r.get("daihyosha").asText();
            if (daihyosha.equals(hisozokunin)) {
                throw new RuleViolationException("daihyosha-hisozokunin", "daihyosha", StandardErrorCode.E0004,
                        "相続人代表者には被相続人以外の方を指定してください");
            }
            NozeigimushaEntity d = nozeigimushas.require(caller, daihyosha, ACTION);
            if ("shibo".equals(d.juminJotai)) {
                throw new RuleViolationException("daihyosha-shibo", "daihyosha", StandardErrorCode.E0004,
                        "死亡した方は相続人代表者に指定できません");
            }
            LocalDate todokedebi = SharyoNyuryoku.date(r, "todokedebi", calendar.today());
            List<SozokuninDaihyoshaStore.Version> before = store.versions(caller.lgCode(), hisozokunin);
            store.append(caller.lgCode(), hisozokunin, new SozokuninDaihyoshaStore.Version(before.size() + 1, daihyosha,
                    r.get("shitei_kubun").asText(), todokedebi, r.get("riyu").asText(), calendar.today()), clock.instant(),
                    caller.actor());
            return SozokuninDaihyoshaViews.view(hisozokunin, store.versions(caller.lgCode(), hisozokunin));
        }).result();
    }
}
