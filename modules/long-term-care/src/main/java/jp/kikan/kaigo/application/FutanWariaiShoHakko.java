package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.kaigo.infrastructure.NinteiStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.infrastructure.pdf.FutanWariaiShoPdf;
import jp.kikan.kaigo.nintei.YukoKikan;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 介護保険負担割合証の交付 (x-kikan-function kaigo.futan-wariai-sho; 介護保険法施行規則第28条の2 — article from general
 * knowledge): for a 第1号被保険者 with a 要介護・要支援認定 in the 年度's period (8月1日〜翌年7月31日) — 支援措置 applied
 * first —, the share determined now from local tax's income information ({@link FutanWariai#hantei}), from the later of
 * 8月1日 and the certification's start to 7月31日. None without a certification in the period (422 nintei-nashi).
 */
@ApplicationScoped
public class FutanWariaiShoHakko {

    static final String ACTION = "kaigo.futan-wariai-sho";
    static final String YOSHIKI = "futan-wariai-sho";

    @Inject
    Jumins jumins;

    @Inject
    NinteiStore nintei;

    @Inject
    ShikakuStore shikaku;

    @Inject
    FutanWariai futanWariai;

    @Inject
    KaigoShomei shomei;

    @Inject
    FutanWariaiShoPdf pdf;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public KaigoShomei.Issued issue(Caller caller, JsonNode request) {
        String a = request.path("atenabango").asText();
        int nendo = request.path("nendo").asInt();
        Jumin j = jumins.require(caller, a, ACTION);
        LocalDate start = LocalDate.of(nendo, 8, 1);
        LocalDate end = LocalDate.of(nendo + 1, 7, 31);
        Optional<YukoKikan> k = nintei.shinsei(caller.lgCode(), a).stream().map(s -> s.yukoKikan()).flatMap(Optional::stream)
                .filter(y -> !y.shuryobi().isBefore(start) && !y.kaishibi().isAfter(end)).findFirst();
        if (k.isEmpty()) {
            throw new RuleViolationException("nintei-nashi", "nendo", StandardErrorCode.E0004, "宛名番号 " + a + " の方には "
                    + KaigoShomei.wareki(start) + "〜" + KaigoShomei.wareki(end) + " に要介護・要支援認定の有効期間がないため、負担割合証を交付しません");
        }
        FutanWariai.View w = futanWariai.hantei(caller, a, nendo);
        KaigoShomei.Hokenja h = shomei.hokenja(caller);
        String bango = shikaku.issueBango(caller.lgCode(), a, calendar.now());
        KaigoShomei.Hito hito = shomei.hito(caller, a);
        LocalDate from = k.get().kaishibi().isAfter(start) ? k.get().kaishibi() : start;
        String hakkoBango = shomei.hakkoBango(caller);
        byte[] document = pdf.render(new FutanWariaiShoPdf.Model(hakkoBango, KaigoShomei.wareki(calendar.today()), bango, hito.jusho(),
                j.shimei(), j.shimeiFurigana(), KaigoShomei.wareki(j.seinengappi()), hito.seibetsu(), w.futanWariai(),
                KaigoShomei.wareki(from), KaigoShomei.wareki(end), w.riyu(), h.bango(), h.meisho(), h.shucho())).pdf();
        return shomei.kofu(caller, ACTION, YOSHIKI, hakkoBango, a, bango, nendo, null, w.futanWariai(), document);
    }
}
