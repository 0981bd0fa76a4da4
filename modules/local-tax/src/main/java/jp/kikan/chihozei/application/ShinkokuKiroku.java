package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KazeiNyuryokuKensa;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 申告の入力 (x-kikan-function kojin-juminzei.nyuryoku): a clerk's entry of a taxpayer's incomes, deductions and
 * family for a 年度, kept as a new version. It is checked as the assessment will read it (the same checks as a 試算,
 * with the taxpayer's birth date) and refused whole, with the field, when anything is wrong — nothing is stored.
 */
@ApplicationScoped
public class ShinkokuKiroku {

    static final ResultType<JsonNode> RESULT = ResultType.of(JsonNode.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    ShinkokuStore shinkoku;

    @Inject
    TaxJson json;

    @Inject
    ParameterRepository parameters;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public JsonNode kiroku(Caller caller, String idempotencyKey, JsonNode request) {
        return commands.run(caller, idempotencyKey, "kojin-juminzei.shinkoku", request, RESULT, () -> {
            String atenabango = request.get("atenabango").asText();
            int nendo = request.get("nendo").asInt();
            NozeigimushaEntity n = nozeigimushas.lock(caller, atenabango, "kojin-juminzei.shinkoku");
            ObjectNode naiyo = request.deepCopy();
            naiyo.remove("atenabango");
            naiyo.remove("nendo");
            var kiso = KazeiNyuryokuKensa.kensa(json.nyuryoku(NyuryokuBuilder.nyuryoku(naiyo, n, nendo, caller.lgCode())));
            parameters.parameters(kiso.nendo(), caller.lgCode()); // an unknown 年度 is refused here, not at the assessment
            var today = calendar.today();
            int version = shinkoku.record(caller.lgCode(), atenabango, nendo, json.write(naiyo), today, clock.instant(),
                    caller.actor());
            ObjectNode out = json.mapper().createObjectNode();
            out.put("atenabango", atenabango);
            out.put("nendo", new Nendo(nendo).seireki());
            out.put("version", version);
            out.put("shorinengappi", today.toString());
            out.setAll(naiyo);
            return (JsonNode) out;
        }).result();
    }
}
