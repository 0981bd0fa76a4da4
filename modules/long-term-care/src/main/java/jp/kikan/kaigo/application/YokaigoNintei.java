package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.infrastructure.NinteiStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.nintei.Dai2goShinsei;
import jp.kikan.kaigo.nintei.NinteiPolicy;
import jp.kikan.kaigo.nintei.Shinsei;
import jp.kikan.kaigo.nintei.ShinseiKubun;
import jp.kikan.kaigo.nintei.Tetsuzuki;
import jp.kikan.kaigo.shikaku.domain.Dai2goPolicy;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 要介護・要支援認定 (x-kikan-function kaigo.nintei): the application (新規・更新・区分変更) of a 第1号被保険者 or of a
 * 第2号被保険者 (40〜64歳の医療保険加入者, whose qualification it records with the 医療保険者 and the 特定疾病), each step dated
 * and attributed to the clerk who recorded it, the 30-day deadline from the 申請日 and the applications past it, and the
 * decision with its 有効期間. Commands are idempotent by key; every read and write is in the access log; 支援措置 respected.
 */
@ApplicationScoped
public class YokaigoNintei {

    public static final String ACTION = "kaigo.nintei";
    static final ResultType<NinteiViews.ShinseiView> RESULT = ResultType.of(NinteiViews.ShinseiView.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuStore shikaku;

    @Inject
    NinteiStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public NinteiViews.ShinseiView shinsei(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, ACTION + ".shinsei", r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            jumins.require(caller, a, ACTION);
            Jumin j = juminStore.lock(caller.lgCode(), a).orElseThrow();
            LocalDate today = calendar.today();
            LocalDate shinseibi = date(r, "shinseibi", today);
            var rireki = shikaku.rireki(caller.lgCode(), a);
            boolean dai1go = rireki.dai1go().hihokenshaOn(shinseibi)
                    || j.jumin() && ShikakuPolicy.nenreiTotatsu(rireki, j.seinengappi(), shinseibi).isPresent();
            // not a 第1号: a 第2号 (介護保険法第9条第2号) recorded from this application, or refused with nothing stored
            Optional<ShikakuIdo> dai2goShutoku = dai1go ? Optional.empty()
                    : Dai2goPolicy.shinsei(rireki, j.jumin(), j.seinengappi(), shinseibi);
            JsonNode iryo = r.path("iryo_hokensha");
            Dai2goShinsei dai2go = dai1go ? null : Dai2goShinsei.of(text(iryo, "meisho"), text(iryo, "hokensha_bango"),
                    text(iryo, "kigo_bango"), text(r, "tokutei_shippei"));
            ShinseiKubun kubun = ShinseiKubun.of(r.get("shinsei_kubun").asText());
            NinteiPolicy.shinsei(store.shinsei(caller.lgCode(), a), kubun, shinseibi, true);
            long id = store.insert(caller.lgCode(), a, kubun, shinseibi, dai2go, clock.instant(), caller.actor());
            dai2goShutoku.ifPresent(x -> {
                shikaku.append(caller.lgCode(), a, x, today, null, null, id, clock.instant(), caller.actor());
                shikaku.issueBango(caller.lgCode(), a, clock.instant());
            });
            accessLog.record(caller, ACTION + ".shinsei", Jumins.TARGET, a, "shinsei_kubun=" + kubun.code()
                    + (dai2go == null ? "" : " hihokensha_kubun=dai2go tokutei_shippei=" + dai2go.tokuteiShippei().code()));
            return NinteiViews.view(store.find(caller.lgCode(), id).orElseThrow(), today);
        }).result();
    }

    public NinteiViews.ShinseiView tetsuzuki(Caller caller, String key, long shinseiId, JsonNode r) {
        return commands.run(caller, key, ACTION + ".tetsuzuki", r, RESULT, () -> {
            Shinsei s = store.find(caller.lgCode(), shinseiId)
                    .orElseThrow(() -> new NotFoundException("shinsei_id", "申請 " + shinseiId + " は記録されていません"));
            jumins.require(caller, s.atenabango(), ACTION);
            juminStore.lock(caller.lgCode(), s.atenabango()).orElseThrow();
            s = store.find(caller.lgCode(), shinseiId).orElseThrow();
            LocalDate today = calendar.today();
            Tetsuzuki.Shubetsu shubetsu = Tetsuzuki.Shubetsu.of(r.get("shubetsu").asText());
            LocalDate jisshibi = date(r, "jisshibi", today);
            LocalDate mikomibi = r.hasNonNull("mikomibi") ? ShikakuTodokede.date(r.get("mikomibi").asText(), "mikomibi") : null;
            long id = s.shinseiId();
            List<Shinsei> others = store.shinsei(caller.lgCode(), s.atenabango()).stream().filter(x -> x.shinseiId() != id).toList();
            Tetsuzuki t = NinteiPolicy.tetsuzuki(s, others, shubetsu, jisshibi, caller.actor(), text(r, "kekka"),
                    r.hasNonNull("yuko_tsukisu") ? r.get("yuko_tsukisu").asInt() : null, text(r, "encho_riyu"), mikomibi,
                    text(r, "biko"));
            store.append(id, t, today, clock.instant());
            accessLog.record(caller, ACTION + ".tetsuzuki", Jumins.TARGET, s.atenabango(), "shinsei_id=" + id + " shubetsu="
                    + shubetsu.code());
            return NinteiViews.view(store.find(caller.lgCode(), id).orElseThrow(), today);
        }).result();
    }

    @Transactional
    public NinteiViews.Rireki rireki(Caller caller, String atenabango) {
        jumins.require(caller, atenabango, ACTION + ".shokai");
        accessLog.record(caller, ACTION + ".shokai", Jumins.TARGET, atenabango, null);
        LocalDate today = calendar.today();
        List<Shinsei> all = store.shinsei(caller.lgCode(), atenabango);
        NinteiViews.Kikan yuko = all.stream().filter(s -> s.yukoKikan().map(k -> k.contains(today)).orElse(false))
                .reduce((x, y) -> y).map(s -> NinteiViews.view(s, today).nintei()).orElse(null);
        return new NinteiViews.Rireki(atenabango, yuko, all.stream().map(s -> NinteiViews.view(s, today)).toList());
    }

    /** 処理期限を過ぎた申請の一覧 (a protected person only for the 支援措置 role). */
    @Transactional
    public NinteiViews.Chien chien(Caller caller) {
        LocalDate today = calendar.today();
        List<NinteiViews.ShinseiView> items = store.mikettei(caller.lgCode()).stream().filter(s -> s.chien(today))
                .filter(s -> caller.hasRole(Roles.SHIEN) || juminStore.find(caller.lgCode(), s.atenabango())
                        .map(j -> !j.shienSochiTaisho()).orElse(true))
                .map(s -> NinteiViews.view(s, today)).toList();
        accessLog.record(caller, ACTION + ".chien", Jumins.TARGET, items.stream().map(NinteiViews.ShinseiView::atenabango).toList(),
                "count=" + items.size());
        return new NinteiViews.Chien(today.toString(), items);
    }

    private static LocalDate date(JsonNode r, String field, LocalDate today) {
        LocalDate d = ShikakuTodokede.date(r.get(field).asText(), field);
        if (d.isAfter(today)) {
            throw new RuleViolationException("date-future", field, StandardErrorCode.E0004, "業務日付 " + today + " より後の日付です");
        }
        return d;
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : null;
    }
}
