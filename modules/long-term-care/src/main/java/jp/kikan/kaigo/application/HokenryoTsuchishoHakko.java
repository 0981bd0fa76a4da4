package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.kaigo.infrastructure.pdf.HokenryoTsuchishoPdf;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 介護保険料額決定通知書 (x-kikan-function kaigo.hokenryo.tsuchisho): of one premium version, the latest unless asked — the
 * 段階 and why, 基準額 × 乗率, 月割, the 期別 by 徴収方法 with 納期限 (for a 更正: before, after, difference; 随時・過誤納) and
 * on a following page the 算定根拠 of the amount and of its collection. 支援措置 applied first; no version: 404.
 */
@ApplicationScoped
public class HokenryoTsuchishoHakko {

    static final String ACTION = "kaigo.hokenryo.tsuchisho";
    static final String YOSHIKI = "hokenryo-tsuchisho";

    @Inject
    Jumins jumins;

    @Inject
    FukaStore fuka;

    @Inject
    KaigoShomei shomei;

    @Inject
    HokenryoTsuchishoPdf pdf;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public KaigoShomei.Issued issue(Caller caller, JsonNode request) {
        String a = request.path("atenabango").asText();
        int nendo = request.path("nendo").asInt();
        Jumin j = jumins.require(caller, a, ACTION);
        List<FukaStore.Version> all = fuka.versions(caller.lgCode(), a, nendo);
        FukaStore.Version v = request.hasNonNull("version")
                ? all.stream().filter(x -> x.version() == request.get("version").asInt()).findFirst().orElseThrow(() -> new NotFoundException(
                        "version", nendo + "年度の賦課の第" + request.get("version").asInt() + "版はありません"))
                : all.stream().reduce((x, y) -> y).orElseThrow(() -> new NotFoundException("nendo", nendo + "年度の賦課はありません"));
        KaigoShomei.Hokenja h = shomei.hokenja(caller);
        KaigoShomei.Hito hito = shomei.hito(caller, a);
        JsonNode k = v.kekka();
        List<String> konkyo = new ArrayList<>();
        k.path("santei_konkyo").forEach(s -> konkyo.add(s.path("setsumei").asText()));
        JsonNode c = v.choshu();
        if (c != null) {
            c.path("choshu_konkyo").forEach(s -> konkyo.add(s.path("setsumei").asText()));
        }
        String hakkoBango = shomei.hakkoBango(caller);
        byte[] document = pdf.render(new HokenryoTsuchishoPdf.Model(hakkoBango, KaigoShomei.wareki(calendar.today()),
                KaigoShomei.nendoLabel(nendo), v.version(), KaigoShomei.wareki(v.shorinengappi()), hito.jusho(), j.shimei(),
                j.shimeiFurigana(), v.hihokenshaBango(), a, k, c, konkyo, h.meisho(), h.shucho())).pdf();
        return shomei.kofu(caller, ACTION, YOSHIKI, hakkoBango, a, v.hihokenshaBango(), nendo, v.version(), null, document);
    }
}
