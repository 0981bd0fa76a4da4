package jp.kikan.jumin.application.ido;

import jp.kikan.jumin.domain.Jusho;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * An address recorded by 転入 or 転居 is in the municipality that records it (住民基本台帳法 第22条,
 * 第23条): its 市区町村コード is the caller's 地方公共団体コード (filled in when omitted), and a 転居
 * stays in the same 都道府県・市区郡町村 — a move elsewhere is a 転出.
 */
final class WithinMunicipality {

    private WithinMunicipality() {
    }

    static Jusho require(String lgCode, Jusho jusho, Jusho currentOrNull) {
        if (jusho == null) {
            return null;
        }
        if (jusho.shikuchosonkodo() != null && !jusho.shikuchosonkodo().equals(lgCode)) {
            throw new RuleViolationException("address-in-municipality", "jusho.jusho_shikuchosonkodo",
                    StandardErrorCode.E0004, "住所の市区町村コード " + jusho.shikuchosonkodo()
                            + " はこの団体 (" + lgCode + ") ではありません。他団体への異動は転出です");
        }
        if (currentOrNull != null && (!currentOrNull.todofuken().equals(jusho.todofuken())
                || !currentOrNull.shikugunchosonmei().equals(jusho.shikugunchosonmei()))) {
            String field = currentOrNull.todofuken().equals(jusho.todofuken()) ? "jusho.jusho_shikugunchosonmei"
                    : "jusho.jusho_todofuken";
            throw new RuleViolationException("address-in-municipality", field,
                    StandardErrorCode.E0004, "転居は同じ市区町村内の住所変更です ("
                            + currentOrNull.todofuken() + currentOrNull.shikugunchosonmei() + ")。他の市区町村へは転出です");
        }
        return new Jusho(lgCode, jusho.choazakodo(), jusho.yubinbango(), jusho.todofuken(), jusho.shikugunchosonmei(),
                jusho.choaza(), jusho.banchigohyoki(), jusho.katagaki(), jusho.katagakiFurigana());
    }
}
