package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * A stored 申告 (as the contract writes it) made into the engine's input for one taxpayer: the 年度, the taxing
 * municipality (the caller's, where the person lived on 1月1日) and the birth date from the taxpayer's record.
 */
final class NyuryokuBuilder {

    private NyuryokuBuilder() {
    }

    static ObjectNode nyuryoku(JsonNode naiyo, NozeigimushaEntity n, int nendo, String lgCode) {
        return nyuryoku(naiyo, n.seinengappi, nendo, lgCode);
    }

    static ObjectNode nyuryoku(JsonNode naiyo, java.time.LocalDate seinengappi, int nendo, String lgCode) {
        if (seinengappi == null) {
            throw new RuleViolationException("seinengappi-required", "atenabango", StandardErrorCode.E0001,
                    "この納税義務者は生年月日が記録されていないため、税額を計算できません");
        }
        ObjectNode in = naiyo.deepCopy();
        in.remove("atenabango");
        in.put("nendo", nendo);
        in.put("shikuchosonkodo", lgCode);
        ObjectNode honnin = in.has("honnin") ? (ObjectNode) in.get("honnin") : in.putObject("honnin");
        honnin.put("seinengappi", seinengappi.toString());
        return in;
    }
}
