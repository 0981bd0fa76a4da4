package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
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
    KeijidoshazeiSanshutsu sanshutsu;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.Fuka fuka(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            int nendo = r.get("nendo").asInt();
            nozeigimushas.lock(caller, a, ACTION);
            LocalDate kijitsu = sanshutsu.fukaKijitsu(nendo);
            if (kijitsu.isAfter(calendar.today())) {
                throw new RuleViolationException("fuka-kijitsu-mirai", "nendo", StandardErrorCode.E0004,
                        nendo + "年度の賦課期日 " + kijitsu + " はまだ来ていません");
            }
            List<KeijidoshazeiViews.FukaSharyo> rows = sanshutsu.sharyo(caller.lgCode(), a, nendo);
            long total = rows.stream().mapToLong(x -> x.zeigaku().zeigaku()).sum();
            List<KeijidoshazeiViews.Fuka> before = sanshutsu.versions(caller.lgCode(), a, nendo);
            String riyu = r.hasNonNull("riyu") && !r.get("riyu").asText().isBlank() ? r.get("riyu").asText() : null;
            KeijidoshazeiViews.Fuka out;
            if (before.isEmpty()) {
                if (rows.isEmpty()) {
                    throw new RuleViolationException("shoyu-sharyo-nashi", "atenabango", StandardErrorCode.E0004,
                            "賦課期日 " + kijitsu + " にこの納税義務者が所有する車両はありません");
                }
                out = sanshutsu.tosho(a, nendo, riyu, rows);
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
                        total - last.nenzeigaku(), rows, calendar.today().toString());
            }
            // the version and its 調定 for the collection service, in the same transaction (outbox)
            sanshutsu.record(caller.lgCode(), out, caller.actor());
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
