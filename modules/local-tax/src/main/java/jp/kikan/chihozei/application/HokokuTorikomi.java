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
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.chihozei.infrastructure.HokokuFileStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.shotoku.domain.HokokuCsv;
import jp.kikan.chihozei.shotoku.domain.HokokuGyo;
import jp.kikan.chihozei.shotoku.domain.HokokuTotsugoPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;

/**
 * The import of one file of income reports, whatever its kind: the good lines are kept, each matched to a taxpayer
 * (HokokuTotsugoPolicy) or put on the clerk's unmatched list, and the bad ones are reported by line and field. The
 * same file (same content) sent again changes nothing and answers the first import's result.
 */
@ApplicationScoped
public class HokokuTorikomi {

    static final ResultType<JsonNode> RESULT = ResultType.of(JsonNode.class, 1);

    /** What loading a file's rows came to. */
    public record Kekka(int lines, int torikomi, int mitotsugo, List<HokokuCsv.Error> errors) {
    }

    /** Keeps one good row of a file with the taxpayer it was matched to (or none). */
    @FunctionalInterface
    public interface RowStore<T> {
        void record(String lgCode, String fileId, T gyo, HokokuTotsugoPolicy.Kekka totsugo);
    }

    @Inject
    IdempotentCommands commands;

    @Inject
    HokokuFileStore files;

    @Inject
    TaxJson json;

    @Inject
    Clock clock;

    public <T extends HokokuGyo> JsonNode run(Caller caller, String idempotencyKey, JsonNode request, String shurui,
            String action, Function<String, HokokuCsv.Result<T>> reader, RowStore<T> rows) {
        return commands.run(caller, idempotencyKey, action, request, RESULT, () -> {
            String csv = request.get("csv").asText();
            String sha = sha256(csv);
            files.lockContent(caller.lgCode(), sha);
            var earlier = files.file(caller.lgCode(), sha);
            if (earlier.isPresent()) {
                if (!earlier.get().shurui().equals(shurui)) {
                    throw new RuleViolationException(409, "hokoku-shurui", "同じ内容のファイルが別の種類の報告書として取込済みです",
                            List.of(new FieldViolation("csv", StandardErrorCode.E0004, "hokoku-shurui",
                                    "このファイルは " + earlier.get().fileName() + " として取込済みです")));
                }
                return view(earlier.get(), true);
            }
            String fileId = UUID.randomUUID().toString();
            Kekka k = load(caller.lgCode(), fileId, reader.apply(csv), rows);
            var f = new HokokuFileStore.FileRecord(fileId, shurui, sha, request.get("file_name").asText(), k.lines(),
                    k.torikomi(), k.mitotsugo(), json.write(k.errors()));
            files.record(caller.lgCode(), f, clock.instant(), caller.actor());
            return view(f, false);
        }).result();
    }

    private <T extends HokokuGyo> Kekka load(String lgCode, String fileId, HokokuCsv.Result<T> read, RowStore<T> rows) {
        int mitotsugo = 0;
        for (T g : read.gyo()) {
            var k = HokokuTotsugoPolicy.totsugo(g, files.kohosha(lgCode, g));
            rows.record(lgCode, fileId, g, k);
            mitotsugo += k.atenabango() == null ? 1 : 0;
        }
        return new Kekka(read.lines(), read.gyo().size(), mitotsugo, read.errors());
    }

    private JsonNode view(HokokuFileStore.FileRecord f, boolean saisoshin) {
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
