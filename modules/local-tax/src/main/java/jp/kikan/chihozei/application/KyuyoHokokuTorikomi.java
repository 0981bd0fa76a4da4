package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import jp.kikan.chihozei.infrastructure.KyuyoHokokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.shotoku.domain.KyuyoHokokuCsv;
import jp.kikan.chihozei.shotoku.domain.KyuyoHokokuTotsugoPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;

/**
 * 給与支払報告書の取込 (x-kikan-function kojin-juminzei.kyuyo-hokoku): a file of employers' reports (地方税法第317条の6)
 * is read line by line; the good lines are kept, each matched to a taxpayer (KyuyoHokokuTotsugoPolicy) or put on the
 * clerk's unmatched list, and the bad ones are reported by line and field. The same file (same content) sent again
 * changes nothing and answers the first import's result.
 */
@ApplicationScoped
public class KyuyoHokokuTorikomi {

    static final ResultType<JsonNode> RESULT = ResultType.of(JsonNode.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    KyuyoHokokuStore store;

    @Inject
    TaxJson json;

    @Inject
    Clock clock;

    public JsonNode torikomi(Caller caller, String idempotencyKey, JsonNode request) {
        return commands.run(caller, idempotencyKey, "kojin-juminzei.kyuyo-hokoku", request, RESULT, () -> {
            String csv = request.get("csv").asText();
            String fileName = request.get("file_name").asText();
            String sha = sha256(csv);
            store.lockContent(caller.lgCode(), sha);
            var earlier = store.file(caller.lgCode(), sha);
            if (earlier.isPresent()) {
                return view(earlier.get(), true);
            }
            KyuyoHokokuCsv.Result read = KyuyoHokokuCsv.read(csv);
            String fileId = UUID.randomUUID().toString();
            int mitotsugo = 0;
            for (KyuyoHokokuCsv.Gyo g : read.gyo()) {
                var k = KyuyoHokokuTotsugoPolicy.totsugo(g, store.kohosha(caller.lgCode(), g));
                store.record(caller.lgCode(), fileId, g, k);
                if (k.atenabango() == null) {
                    mitotsugo++;
                }
            }
            var f = new KyuyoHokokuStore.FileRecord(fileId, sha, fileName, read.lines(), read.gyo().size(), mitotsugo,
                    json.write(read.errors()));
            store.record(caller.lgCode(), f, clock.instant(), caller.actor());
            return view(f, false);
        }).result();
    }

    private JsonNode view(KyuyoHokokuStore.FileRecord f, boolean saisoshin) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("file_id", f.fileId());
        o.put("file_name", f.fileName());
        o.put("sha256", f.sha256());
        o.put("gyosu", f.gyosu());
        o.put("torikomi", f.torikomi());
        o.put("totsugo", f.torikomi() - f.mitotsugo());
        o.put("mitotsugo", f.mitotsugo());
        o.set("errors", (ArrayNode) json.tree(f.errors()));
        o.put("saisoshin", saisoshin);
        return o;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
