package jp.kikan.platform.quarkus.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The contracts' representation of an insurer's loaded parameters (schemas HokenshaParameterHan, HokenshaParameterRireki). */
public final class ParameterHanViews {

    private ParameterHanViews() {
    }

    /** One loaded version of an insurer's parameter document. */
    public record Han(String shikuchosonkodo, int version, String dantaiMei, String shutten, String torokuSha,
            String torokuNichiji, String sha256) {
    }

    /**
     * The set the insurer's 賦課・試算 use now — {@code toroku} (a loaded version), {@code kitei} (the file shipped in the
     * jar) or {@code nashi} (none: it cannot be levied) — with its document and every loaded version.
     */
    public record Rireki(String shikuchosonkodo, String dantaiMei, String kubun, Integer version, JsonNode parameters,
            List<Han> versions) {
    }
}
