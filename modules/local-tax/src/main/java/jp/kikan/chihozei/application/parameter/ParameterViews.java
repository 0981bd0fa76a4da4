package jp.kikan.chihozei.application.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The contract's representation of parameter sets (schemas ParameterHan, ParameterRireki, ParameterShugo). */
public final class ParameterViews {

    private ParameterViews() {
    }

    /** One loaded version of a municipality's published values. */
    public record Han(String shikuchosonkodo, int version, String dantaiMei, String shutten, String torokuSha,
            String torokuNichiji, String sha256) {
    }

    /**
     * The set a municipality's assessments use now — {@code toroku} (a loaded version), {@code kitei} (the overlay
     * shipped in the jar) or {@code nashi} (none: it cannot be assessed) — with the document of the loaded version in use
     * and every loaded version.
     */
    public record Rireki(String shikuchosonkodo, String dantaiMei, String kubun, Integer version, JsonNode parameters,
            List<Han> versions) {
    }

    /** Which set a 試算 computed with: {@code inline} (the request's), {@code toroku} (a loaded version) or {@code kitei}. */
    public record ParameterShugo(String kubun, String shikuchosonkodo, String dantaiMei, Integer version) {
    }
}
