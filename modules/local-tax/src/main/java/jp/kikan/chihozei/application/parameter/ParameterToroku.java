package jp.kikan.chihozei.application.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import jp.kikan.chihozei.infrastructure.ParameterOverlayStore;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;

/**
 * パラメータの登録 (x-kikan-function kojin-juminzei.parameter-toroku): a municipality's published values — the ones the
 * law lets it choose by 条例 (級地 for 均等割の非課税 地方税法第295条第3項, 均等割の超過課税 第310条, 指定都市, 納期 第320条) —
 * loaded by its own staff as a new version. The document is checked by the loader exactly as a shipped file before
 * anything is stored (refused: 400, nothing stored); the version, the command's record and the access log entry commit
 * together; then the engine uses it for the municipality's later assessments and 試算.
 */
@ApplicationScoped
public class ParameterToroku {

    static final String ACTION = "kojin-juminzei.parameter-toroku";
    static final String TARGET = "parameter-overlay";
    static final ResultType<ParameterViews.Han> RESULT = ResultType.of(ParameterViews.Han.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    ParameterOverlayStore store;

    @Inject
    ParameterRepository repository;

    @Inject
    ParameterOverlays overlays;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public ParameterViews.Han toroku(Caller caller, String idempotencyKey, String shikuchosonkodo, JsonNode document) {
        requireOwn(caller, shikuchosonkodo);
        ParameterViews.Han han = commands.run(caller, idempotencyKey, ACTION, document, RESULT, () -> {
            if (!shikuchosonkodo.equals(document.path("dantai_code").asText())) {
                throw new RuleViolationException("dantai-code", "dantai_code", StandardErrorCode.E0004,
                        "パラメータの団体コード (dantai_code) が登録先の市区町村コード " + shikuchosonkodo + " と一致しません");
            }
            String text = document.toString();
            int version = store.nextVersion(shikuchosonkodo);
            ParameterRepository.Overlay checked = ParameterKensa.municipality(repository, text, "",
                    ParameterOverlays.note(version));
            String sha256 = sha256(text);
            String shutten = document.get("source").asText();
            var v = new ParameterOverlayStore.Version(shikuchosonkodo, version, text, sha256, checked.nameJa(), shutten,
                    caller.actor(), clock.instant());
            store.insert(v);
            accessLog.record(caller, ACTION, TARGET, shikuchosonkodo + ":" + version, "sha256=" + sha256);
            return view(v);
        }).result();
        overlays.refresh(shikuchosonkodo); // after the commit: the engine never uses values that were not stored
        return han;
    }

    /** Only the municipality's own staff load or read its values (the municipality is the token's, never the URL's). */
    static void requireOwn(Caller caller, String shikuchosonkodo) {
        if (!caller.lgCode().equals(shikuchosonkodo)) {
            String message = "他の団体 (" + shikuchosonkodo + ") のパラメータは扱えません";
            throw new RuleViolationException(403, "other-municipality", message,
                    List.of(new FieldViolation("shikuchosonkodo", StandardErrorCode.E0004, "other-municipality", message)));
        }
    }

    static ParameterViews.Han view(ParameterOverlayStore.Version v) {
        return new ParameterViews.Han(v.lgCode(), v.version(), v.dantaiMei(), v.shutten(), v.loadedBy(),
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
