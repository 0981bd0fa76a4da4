package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.kikan.chihozei.infrastructure.HokokuTotsugoStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;

/**
 * 未突合の報告書の突合 (x-kikan-function kojin-juminzei.mitotsugo-shitei): the clerk names the taxpayer of a report row
 * that matching left unmatched (two of the same name and birthday, a changed address, a typo in the report). The row
 * stays as imported; the assignment is an entry of its own, versioned, so a wrong one is corrected by a newer one and
 * both stay on record. From then on the row counts in that taxpayer's 課税資料 (an assessment already made is
 * corrected by a 更正 as for any new income). A row matched on import is not reassigned here.
 */
@ApplicationScoped
public class HokokuTotsugoShitei {

    static final ResultType<JsonNode> RESULT = ResultType.of(JsonNode.class, 1);
    static final String ACTION = "kojin-juminzei.mitotsugo-shitei";

    @Inject
    IdempotentCommands commands;

    @Inject
    HokokuTotsugoStore store;

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Inject
    Clock clock;

    public JsonNode shitei(Caller caller, String idempotencyKey, String shurui, String fileId, int lineNo, JsonNode request) {
        return commands.run(caller, idempotencyKey, ACTION, request, RESULT, () -> {
            String atenabango = request.get("atenabango").asText();
            String riyu = request.hasNonNull("riyu") ? request.get("riyu").asText() : null;
            HokokuTotsugoStore.Gyo gyo = store.gyo(caller.lgCode(), shurui, fileId, lineNo).orElseThrow(() ->
                    new NotFoundException("line_no", "取込ID " + fileId + " の " + lineNo + " 行目の報告書はありません"));
            if (gyo.totsugoAtenabango() != null) {
                throw new RuleViolationException("totsugo-zumi", "line_no", StandardErrorCode.E0004,
                        "この行は取込のときに宛名番号 " + gyo.totsugoAtenabango() + " と突合済みです");
            }
            // the taxpayer must be this city's (and under 支援措置 only the 支援措置担当 may attach income to them)
            nozeigimushas.require(caller, atenabango, ACTION);
            var before = store.saishin(caller.lgCode(), shurui, fileId, lineNo);
            if (before.isPresent() && before.get().atenabango().equals(atenabango)) {
                throw new RuleViolationException("totsugo-onaji", "atenabango", StandardErrorCode.E0004,
                        "この行はすでに宛名番号 " + atenabango + " に突合されています");
            }
            var s = new HokokuTotsugoStore.Shitei(before.map(b -> b.version() + 1).orElse(1), atenabango);
            store.record(caller.lgCode(), shurui, fileId, lineNo, s, riyu, clock.instant(), caller.actor());
            accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango,
                    shurui + " " + fileId + ":" + lineNo + " version=" + s.version());
            ObjectNode o = json.mapper().createObjectNode();
            o.put("shurui", shurui);
            o.put("file_id", fileId);
            o.put("line_no", lineNo);
            o.put("nendo", gyo.nendo());
            o.put("atenabango", atenabango);
            o.put("version", s.version());
            if (before.isPresent()) {
                o.put("mae_atenabango", before.get().atenabango());
            }
            return o;
        }).result();
    }
}
