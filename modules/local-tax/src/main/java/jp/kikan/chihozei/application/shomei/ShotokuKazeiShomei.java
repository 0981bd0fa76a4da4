package jp.kikan.chihozei.application.shomei;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.chihozei.infrastructure.pdf.ShotokuKazeiShomeishoPdf;
import jp.kikan.platform.caller.Caller;

/**
 * 所得・課税証明書 (x-kikan-function kojin-juminzei.shotoku-kazei-shomei): from the latest assessment version of the 年度
 * (地方税法第20条の10: a taxpayer may ask for a certificate of the matters of their tax). No assessment → 404.
 */
@ApplicationScoped
public class ShotokuKazeiShomei {

    static final String ACTION = "kojin-juminzei.shomei.shotoku-kazei";
    static final String YOSHIKI = "shotoku-kazei-shomeisho";

    @Inject
    ShomeiHakko hakko;

    @Inject
    FukaYomitori yomitori;

    @Inject
    ShotokuKazeiShomeishoPdf pdf;

    @Transactional
    public ShomeiHakko.Issued issue(Caller caller, JsonNode request) {
        String atenabango = request.path("atenabango").asText();
        int nendo = request.path("nendo").asInt();
        String mokuteki = request.hasNonNull("mokuteki") ? request.get("mokuteki").asText() : null;
        return hakko.issue(caller, YOSHIKI, ACTION, atenabango, nendo, null, mokuteki,
                (h, s) -> pdf.render(h, yomitori.atesaki(s.nozeigimusha()), yomitori.fuka(nendo, s.version())).pdf());
    }
}
