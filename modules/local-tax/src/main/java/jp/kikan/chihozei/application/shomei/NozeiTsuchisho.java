package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.chihozei.infrastructure.pdf.NozeiTsuchishoPdf;
import jp.kikan.chihozei.infrastructure.pdf.ZeiShomeiModel;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuHoho;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 納税通知書 (普通徴収; x-kikan-function kojin-juminzei.nozei-tsuchisho): of one assessment version, the latest unless
 * asked (地方税法第319条の2: the 普通徴収 tax is collected by a 納税通知書; a 更正 is notified again with the new amounts).
 */
@ApplicationScoped
public class NozeiTsuchisho {

    static final String ACTION = "kojin-juminzei.shomei.nozei-tsuchisho";
    static final String YOSHIKI = "nozei-tsuchisho";

    @Inject
    ShomeiHakko hakko;

    @Inject
    FukaYomitori yomitori;

    @Inject
    NozeiTsuchishoPdf pdf;

    @Transactional
    public ShomeiHakko.Issued issue(Caller caller, JsonNode request) {
        String atenabango = request.path("atenabango").asText();
        int nendo = request.path("nendo").asInt();
        Integer version = request.hasNonNull("version") ? request.get("version").asInt() : null;
        return hakko.issue(caller, YOSHIKI, ACTION, atenabango, nendo, version, null, (h, s) -> {
            if (yomitori.choshuHoho(s.version()) == ChoshuHoho.KYUYO_TOKUBETSU_CHOSHU) {
                // 地方税法第321条の4第2項: the employee's notice of a 給与特別徴収 goes through the employer, not as 納税通知書
                throw new RuleViolationException("tokubetsu-choshu", "nendo", StandardErrorCode.E0004,
                        "この版は給与からの特別徴収のため、普通徴収の納税通知書は発行しません（特別徴収税額の通知は特別徴収義務者を通じて送付します）");
            }
            ZeiShomeiModel.Futsu futsu = yomitori.futsu(s.version());
            if (futsu.ki().isEmpty() || futsu.ki().stream().allMatch(k -> k.zeigaku() == 0) && !futsu.kosei()) {
                // 非課税 or a tax of 0: there is nothing to collect, so no 納税通知書 (a 非課税 person gets none)
                throw new RuleViolationException("nozei-gaku-nashi", "nendo", StandardErrorCode.E0004,
                        "この版の普通徴収の税額は0円のため、納税通知書は発行しません");
            }
            return pdf.render(h, yomitori.tsuchiAtesaki(caller, s.nozeigimusha(), ACTION), yomitori.fuka(nendo, s.version()),
                    futsu).pdf();
        });
    }
}
