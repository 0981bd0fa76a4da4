package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiFukaStore;
import jp.kikan.chihozei.infrastructure.KeijidoshazeiGenmenStore;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 軽自動車税（種別割）の賦課 (x-kikan-function keijidoshazei.keisan, keijidoshazei.kosei): the taxpayer's vehicles on the
 * 賦課期日 of the 年度 (4月1日, 地方税法第463条の16: changes after it count from the next 年度), each taxed for the whole year
 * with its approved 減免, stored as a new version with the 算定根拠. Version 1 is the 当初; a later one is a 更正 with its
 * reason and the difference to the version before, refused when nothing changed. Each version's 調定 goes to the
 * outbox in the same transaction ({@link KeijidoshazeiFukaEvents}).
 */
@ApplicationScoped
public class KeijidoshazeiFukaKettei {

    static final ResultType<KeijidoshazeiViews.Fuka> RESULT = ResultType.of(KeijidoshazeiViews.Fuka.class, 1);
    static final String ACTION = "keijidoshazei.fuka";

    @Inject
    IdempotentCommands commands;

    @Inject
    Nozeigimushas nozeigimushas;

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

    public KeijidoshazeiViews.Fuka fuka(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            int nendo = r.get("nendo").asInt();
            nozeigimushas.lock(caller, a, ACTION);
            LocalDate today = calendar.today();
            LocalDate kijitsu = engine.parameters().parameters(nendo).fukaKijitsu().value().atYear(nendo);
            if (kijitsu.isAfter(today)) {
                throw new RuleViolationException("fuka-kijitsu-mirai", "nendo", StandardErrorCode.E0004,
                        nendo + "年度の賦課期日 " + kijitsu + " はまだ来ていません");
            }
            List<KeijidoshazeiViews.FukaSharyo> rows = new ArrayList<>();
            for (SharyoStore.Version v : sharyo.ownedOn(caller.lgCode(), a, kijitsu)) {
                if (v.haisha()) {
                    continue;
                }
                Optional<KeijidoshazeiGenmenStore.Genmen> g = genmen.latestFor(caller.lgCode(), v.sharyoId(), nendo).stream()
                        .filter(x -> "shonin".equals(x.jotai())).findFirst();
                Optional<GenmenKettei> kettei = g.map(x -> new GenmenKettei(x.riyu(), "減免 " + x.genmenId() + " 第" + x.version() + "版"));
                rows.add(new KeijidoshazeiViews.FukaSharyo(v.sharyoId().toString(), v.hyoshikiBango(), v.rirekibango(),
                        g.map(x -> x.genmenId().toString()).orElse(null),
                        KeijidoshazeiViews.Zeigaku.of(engine.fuka(SharyoNyuryoku.sharyo(v), nendo, kettei))));
            }
            long total = rows.stream().mapToLong(x -> x.zeigaku().zeigaku()).sum();
            List<KeijidoshazeiViews.Fuka> before = store.versions(caller.lgCode(), a, nendo).stream()
                    .map(t -> json.mapper().convertValue(json.tree(t), KeijidoshazeiViews.Fuka.class)).toList();
            String riyu = r.hasNonNull("riyu") && !r.get("riyu").asText().isBlank() ? r.get("riyu").asText() : null;
            KeijidoshazeiViews.Fuka out;
            if (before.isEmpty()) {
                if (rows.isEmpty()) {
                    throw new RuleViolationException("shoyu-sharyo-nashi", "atenabango", StandardErrorCode.E0004,
                            "賦課期日 " + kijitsu + " にこの納税義務者が所有する車両はありません");
                }
                out = new KeijidoshazeiViews.Fuka(a, nendo, 1, "tosho", riyu, total, null, total, rows, today.toString());
            } else {
                if (riyu == null) {
                    throw new RuleViolationException("kosei-riyu", "riyu", StandardErrorCode.E0001, "更正には理由が必要です");
                }
                KeijidoshazeiViews.Fuka last = before.get(before.size() - 1);
                if (same(last.sharyo(), rows)) {
                    throw new RuleViolationException("kosei-naiyo-nashi", "atenabango", StandardErrorCode.E0004,
                            "前の版（第" + last.version() + "版）から賦課の内容が変わっていません");
                }
                out = new KeijidoshazeiViews.Fuka(a, nendo, last.version() + 1, "kosei", riyu, total, last.nenzeigaku(),
                        total - last.nenzeigaku(), rows, today.toString());
            }
            store.append(caller.lgCode(), a, nendo, out.version(), total, json.write(out), riyu, today, calendar.now(),
                    caller.actor());
            // the 調定 for the collection service, in the same transaction (outbox)
            int nokiTsuki = engine.parameters().parameters(nendo).nokiTsuki().value();
            events.append(caller.lgCode(), out, KibetsuBunkatsu.months(nendo, List.of(nokiTsuki)).get(0), YearMonth.from(today));
            return out;
        }).result();
    }

    /** The same vehicles, versions, 減免 and amounts: a 更正 would change nothing. */
    private static boolean same(List<KeijidoshazeiViews.FukaSharyo> a, List<KeijidoshazeiViews.FukaSharyo> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            var x = a.get(i);
            var y = b.get(i);
            if (!x.sharyoId().equals(y.sharyoId()) || x.rirekibango() != y.rirekibango()
                    || !java.util.Objects.equals(x.genmenId(), y.genmenId()) || x.zeigaku().zeigaku() != y.zeigaku().zeigaku()) {
                return false;
            }
        }
        return true;
    }
}
