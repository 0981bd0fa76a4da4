package jp.kikan.platform.quarkus.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.santei.HokenshaParameterKensa;

/**
 * The load and the look-up of an insurer's parameters — the values its 条例 sets (国民健康保険税条例, 介護保険条例) — by
 * its own staff through a service's admin API. A load is a new version (never an update): the document is first checked
 * for the shipped files' form ({@link HokenshaParameterKensa}) and then by the service building its parameters from it
 * for every 年度 it covers (refused: 422 naming the field, nothing stored); the version, the command's record (the
 * Idempotency-Key) and the access log entry commit together; then the service's later 賦課, 試算 and annual job use it.
 */
@ApplicationScoped
public class ParameterHanToroku {

    static final String TARGET = "parameter-han";
    static final ResultType<ParameterHanViews.Han> RESULT = ResultType.of(ParameterHanViews.Han.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    ParameterHanStore store;

    @Inject
    LoadedParameters loaded;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    /**
     * @param action the service's command and access-log action (e.g. {@code kokuho.parameter-toroku})
     * @param check  the service's build of its parameters from the document for every 年度 it covers (throws to refuse)
     */
    public ParameterHanViews.Han toroku(Caller caller, String idempotencyKey, String shikuchosonkodo, JsonNode document,
            String action, Consumer<JsonNode> check) {
        requireOwn(caller, shikuchosonkodo);
        ParameterHanViews.Han han = commands.run(caller, idempotencyKey, action, document, RESULT, () -> {
            HokenshaParameterKensa.katachi(document);
            if (!shikuchosonkodo.equals(document.get("dantai_code").asText())) {
                throw new RuleViolationException("dantai-code", "dantai_code", StandardErrorCode.E0004,
                        "パラメータの団体コード (dantai_code) が登録先の市区町村コード " + shikuchosonkodo + " と一致しません");
            }
            check.accept(document);
            String text = document.toString();
            String sha256 = sha256(text);
            var v = new ParameterHanStore.Version(shikuchosonkodo, store.nextVersion(shikuchosonkodo), text, sha256,
                    document.get("name_ja").asText(), document.get("source").asText(), caller.actor(), calendar.now());
            store.insert(v);
            accessLog.record(caller, action, TARGET, shikuchosonkodo + ":" + v.version(), "sha256=" + sha256);
            return view(v);
        }).result();
        loaded.refresh(shikuchosonkodo); // after the commit: the engine never uses values that were not stored
        return han;
    }

    /**
     * What the insurer's computations use now and every loaded version (no personal data: no access-log entry).
     *
     * @param shipped the document shipped in the jar for the municipality, or null
     */
    public ParameterHanViews.Rireki shokai(Caller caller, String shikuchosonkodo, JsonNode shipped) {
        requireOwn(caller, shikuchosonkodo);
        loaded.refresh(shikuchosonkodo);
        List<ParameterHanViews.Han> versions = store.history(shikuchosonkodo).stream().map(ParameterHanToroku::view).toList();
        Optional<LoadedParameters.Loaded> l = loaded.current(shikuchosonkodo);
        if (l.isPresent()) {
            JsonNode doc = l.get().document();
            return new ParameterHanViews.Rireki(shikuchosonkodo, doc.get("name_ja").asText(), "toroku", l.get().version(), doc,
                    versions);
        }
        if (shipped == null) {
            return new ParameterHanViews.Rireki(shikuchosonkodo, null, "nashi", null, null, versions);
        }
        return new ParameterHanViews.Rireki(shikuchosonkodo, shipped.path("name_ja").asText(null), "kitei", null, shipped,
                versions);
    }

    /** Only the municipality's own staff load or read its values (the municipality is the token's, never the URL's). */
    static void requireOwn(Caller caller, String shikuchosonkodo) {
        if (!caller.lgCode().equals(shikuchosonkodo)) {
            String message = "他の団体 (" + shikuchosonkodo + ") のパラメータは扱えません";
            throw new RuleViolationException(403, "other-municipality", message,
                    List.of(new FieldViolation("shikuchosonkodo", StandardErrorCode.E0004, "other-municipality", message)));
        }
    }

    static ParameterHanViews.Han view(ParameterHanStore.Version v) {
        return new ParameterHanViews.Han(v.lgCode(), v.version(), v.dantaiMei(), v.shutten(), v.loadedBy(),
                v.loadedAt().toString(), v.docSha256());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
