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
import jp.kikan.chihozei.infrastructure.TokubetsuChoshuGimusha;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KyuyoTokubetsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
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

    @Inject
    SanteiKonkyoStorage storage;

    /** @param gimusha the employer collecting from the salary, null for 普通徴収 */
    public record Kekka(KojinJuminzeiFuka fuka, ChoshuKeikaku plan, TokubetsuChoshuGimusha gimusha) {
    }

    /**
     * The tax and how it is collected: from the salary in 12 months by the employer of the reports when there is one
     * (給与所得に係る特別徴収, 地方税法第321条の3: the city shall collect so from a 給与所得者 — the whole tax, other incomes
     * included, as no 申告 here asks for 普通徴収 of them), else 普通徴収 in the city's instalments (第319条の2).
     */
    public Kekka compute(String lgCode, int nendo, LocalDate seinengappi, KazeiShiryo.Shiryo s) {
        KojinJuminzeiFuka fuka = engine.fuka(
                json.nyuryokuOwned(NyuryokuBuilder.nyuryoku(s.naiyo(), seinengappi, nendo, lgCode)));
        KojinJuminzeiParameters p = parameters.parameters(new Nendo(nendo), lgCode);
        ChoshuKeikaku plan = s.gimusha() != null
                ? KyuyoTokubetsuChoshuPolicy.tsukiwari(fuka.nenZeigaku(), p)
                : FutsuChoshuPolicy.kibetsu(fuka.nenZeigaku(), p);
        return new Kekka(fuka, plan, s.gimusha());
    }

    /**
     * For a batch: the row to store and announce; the parameters' documents go into {@code docs}, which the batch
     * keeps once (SanteiKonkyoStorage).
     */
    public ToshoFukaBatchStore.Row tosho(String lgCode, int nendo, String atenabango, LocalDate seinengappi,
            KazeiShiryo.Shiryo s, java.util.Map<String, String> docs) {
        Kekka k = compute(lgCode, nendo, seinengappi, s);
        FukaStore.Version v = version(k, s.version(), null, storage.compact(k.fuka(), docs));
        return new ToshoFukaBatchStore.Row(atenabango, v,
                ShotokuJohoYoyaku.of(json.mapper().createObjectNode(), atenabango, nendo, k.fuka(), v.version()));
    }

    /** For a batch: a 家屋敷課税 ({@link KaokushikiKazei}) to store and announce, with no income information here. */
    public ToshoFukaBatchStore.Row toshoKaokushiki(String lgCode, int nendo, String atenabango, Kekka k,
            java.util.Map<String, String> docs) {
        FukaStore.Version v = version(k, 0, null, storage.compact(k.fuka(), docs));
        return new ToshoFukaBatchStore.Row(atenabango, v, ShotokuJohoYoyaku.kaokushiki(json.mapper().createObjectNode(),
                atenabango, nendo, k.fuka().hikazei(), v.version()));
    }

    /** @param shinkokuVersion the 申告's version used, 0 for reports only or a 家屋敷課税 */
    public FukaStore.Version tosho(Kekka k, int shinkokuVersion, String riyu) {
        return version(k, shinkokuVersion, riyu, storage.compact(k.fuka()));
    }

    private FukaStore.Version version(Kekka k, int shinkokuVersion, String riyu, String kekka) {
        return new FukaStore.Version(1, "tosho", riyu, shinkokuVersion, k.fuka().nenZeigaku(), kekka,
                json.write(FukaViews.of(k.plan(), k.gimusha())), null, calendar.today());
    }

    /** The batch's assessments announced in its transaction (one outbox statement). */
    public void announce(String lgCode, int nendo, List<ToshoFukaBatchStore.Row> rows) {
        events.appendAll(lgCode, nendo, rows);
    }
}
