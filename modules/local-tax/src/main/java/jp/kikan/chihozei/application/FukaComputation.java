package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.ToshoFukaBatchStore;
import jp.kikan.chihozei.kojinjuminzei.KojinJuminzeiKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.ChoshuKeikaku;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * The 当初賦課 of one taxpayer from a 課税資料, as one 賦課 and the annual job both store it: the engine's result
 * and 普通徴収 instalments as the contract writes them (version 1, with the 申告's version or 0 for reports).
 */
@ApplicationScoped
public class FukaComputation {

    @Inject
    KojinJuminzeiKeisan engine;

    @Inject
    ParameterRepository parameters;

    @Inject
    TaxJson json;

    @Inject
    BusinessCalendar calendar;

    @Inject
    FukaEvents events;

    public record Kekka(KojinJuminzeiFuka fuka, ChoshuKeikaku plan) {
    }

    public Kekka compute(String lgCode, int nendo, LocalDate seinengappi, KazeiShiryo.Shiryo s) {
        KojinJuminzeiFuka fuka = engine.fuka(json.nyuryoku(NyuryokuBuilder.nyuryoku(s.naiyo(), seinengappi, nendo, lgCode)));
        ChoshuKeikaku plan = FutsuChoshuPolicy.kibetsu(fuka.nenZeigaku(), parameters.parameters(new Nendo(nendo), lgCode));
        return new Kekka(fuka, plan);
    }

    public FukaStore.Version tosho(String lgCode, int nendo, LocalDate seinengappi, KazeiShiryo.Shiryo s) {
        return tosho(compute(lgCode, nendo, seinengappi, s), s, null);
    }

    public FukaStore.Version tosho(Kekka k, KazeiShiryo.Shiryo s, String riyu) {
        return new FukaStore.Version(1, "tosho", riyu, s.version(), k.fuka().nenZeigaku(), json.write(FukaViews.of(k.fuka())),
                json.write(FukaViews.of(k.plan())), null, calendar.today());
    }

    /** The batch's assessments announced in its transaction (one outbox statement). */
    public void announce(String lgCode, int nendo, List<ToshoFukaBatchStore.Row> rows) {
        events.appendAll(lgCode, nendo, rows);
    }
}
