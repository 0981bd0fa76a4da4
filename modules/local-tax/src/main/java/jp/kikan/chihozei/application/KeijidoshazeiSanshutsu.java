package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiFukaStore;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiGenmenStore;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * The part of the 軽自動車税（種別割）の賦課 that the single 賦課 and the annual 当初賦課 share: each vehicle the taxpayer
 * owned on the 賦課期日 (4月1日, 地方税法第463条の16: changes after it count from the next 年度) taxed for the whole year
 * with its approved 減免, and a version written with its 調定 in the outbox in the same transaction. The caller holds
 * the taxpayer's lock and owns the transaction.
 */
@ApplicationScoped
public class KeijidoshazeiSanshutsu {

    @Inject
    SharyoStore sharyo;

    @Inject
    KeijidoshazeiGenmenStore genmen;

    @Inject
    KeijidoshazeiFukaStore store;

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    KeijidoshazeiFukaEvents events;

    @Inject
    TaxJson json;

    @Inject
    BusinessCalendar calendar;

    /** The 賦課期日 of the 年度 (a dated parameter). */
    public LocalDate fukaKijitsu(int nendo) {
        return engine.parameters().parameters(nendo).fukaKijitsu().value().atYear(nendo);
    }

    /** Each vehicle the taxpayer owned on the 賦課期日 (廃車 left out), with its tax. */
    public List<KeijidoshazeiViews.FukaSharyo> sharyo(String lgCode, String atenabango, int nendo) {
        List<KeijidoshazeiViews.FukaSharyo> rows = new ArrayList<>();
        for (SharyoStore.Version v : sharyo.ownedOn(lgCode, atenabango, fukaKijitsu(nendo))) {
            if (v.haisha()) {
                continue;
            }
            Optional<KeijidoshazeiGenmenStore.Genmen> g = genmen.latestFor(lgCode, v.sharyoId(), nendo).stream()
                    .filter(x -> "shonin".equals(x.jotai())).findFirst();
            Optional<GenmenKettei> kettei = g.map(x -> new GenmenKettei(x.riyu(), "減免 " + x.genmenId() + " 第" + x.version() + "版"));
            rows.add(new KeijidoshazeiViews.FukaSharyo(v.sharyoId().toString(), v.hyoshikiBango(), v.rirekibango(),
                    g.map(x -> x.genmenId().toString()).orElse(null),
                    KeijidoshazeiViews.Zeigaku.of(engine.fuka(SharyoNyuryoku.sharyo(v), nendo, kettei))));
        }
        return rows;
    }

    /** The versions of the 年度 so far, oldest first. */
    public List<KeijidoshazeiViews.Fuka> versions(String lgCode, String atenabango, int nendo) {
        return store.versions(lgCode, atenabango, nendo).stream()
                .map(t -> json.mapper().convertValue(json.tree(t), KeijidoshazeiViews.Fuka.class)).toList();
    }

    /** Whether the taxpayer was assessed for the 年度 already (the annual run's check, without parsing the versions). */
    public boolean assessed(String lgCode, String atenabango, int nendo) {
        return store.exists(lgCode, atenabango, nendo);
    }

    /** The 当初 (version 1) of the taxpayer's vehicles. */
    public KeijidoshazeiViews.Fuka tosho(String atenabango, int nendo, String riyu, List<KeijidoshazeiViews.FukaSharyo> rows) {
        long total = rows.stream().mapToLong(x -> x.zeigaku().zeigaku()).sum();
        return new KeijidoshazeiViews.Fuka(atenabango, nendo, 1, "tosho", riyu, total, null, total, rows,
                calendar.today().toString());
    }

    /** Stores the version and puts its 調定 (the one 納期 of the 年度) in the outbox, in the caller's transaction. */
    public void record(String lgCode, KeijidoshazeiViews.Fuka out, String actor) {
        LocalDate today = calendar.today();
        store.append(lgCode, out.atenabango(), out.nendo(), out.version(), out.nenzeigaku(), json.write(out), out.riyu(), today,
                calendar.now(), actor);
        int nokiTsuki = engine.parameters().parameters(out.nendo()).nokiTsuki().value();
        events.append(lgCode, out, KibetsuBunkatsu.months(out.nendo(), List.of(nokiTsuki)).get(0), YearMonth.from(today));
    }
}
