package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.time.TodokedeHizuke;

/**
 * 資格の届出 (機能ID 0230268 資格情報修正・回復・取消・変更; x-kikan-function kaigo.shikaku.todokede): 住所地特例の適用・終了
 * (介護保険法第13条) and 適用除外施設への入所・退所 (施行法第11条) as a clerk received them (届出: 介護保険法第12条 —
 * article from general knowledge), each dated by its fact. The 届出 and the entries it causes are recorded with the
 * command (idempotent by key) and the access log; one the history contradicts is refused and nothing is recorded.
 */
@ApplicationScoped
public class ShikakuTodokede {

    public static final String ACTION = "kaigo.shikaku.todokede";
    static final ResultType<HihokenshaShokai.View> RESULT = ResultType.of(HihokenshaShokai.View.class, 1);

    @Inject
    IdempotentCommands commands;

    @Inject
    Jumins guard;

    @Inject
    ShikakuStore shikaku;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public HihokenshaShokai.View todokede(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String a = r.get("atenabango").asText();
            Jumin j = guard.lock(caller, a, ACTION);
            LocalDate today = calendar.today();
            TodokedeHizuke hizuke = TodokedeHizuke.of(r, today, "届け出られません");
            LocalDate d = hizuke.idobi();
            LocalDate todokedebi = hizuke.todokedebi();
            String shubetsu = r.get("todokede_shubetsu").asText();
            if (shubetsu.startsWith("jushochi_tokurei_tekiyo") && !r.hasNonNull("shisetsu_mei")) {
                throw new RuleViolationException("shisetsu-hissu", "shisetsu_mei", StandardErrorCode.E0001,
                        "住所地特例の適用には入所した施設の名称が必要です");
            }
            // 65歳到達 due but not yet run: recorded first, so that the 届出 finds the qualification
            ShikakuPolicy.nenreiTotatsu(shikaku.rireki(caller.lgCode(), a), j.seinengappi(), j.jumin() ? today : d)
                    .filter(x -> j.jumin())
                    .ifPresent(x -> append(caller, a, x, null, today));
            List<ShikakuIdo> idos = ShikakuPolicy.todokede(shikaku.rireki(caller.lgCode(), a), j.jumin(), shubetsu, d,
                    j.seinengappi());
            long id = shikaku.recordTodokede(caller.lgCode(), a, shubetsu, d, todokedebi, text(r, "shisetsu_mei"),
                    text(r, "shisetsu_shozaichi"), text(r, "biko"), clock.instant(), caller.actor());
            idos.forEach(ido -> append(caller, a, ido, id, today));
            accessLog.record(caller, ACTION, Jumins.TARGET, a, "todokede_shubetsu=" + shubetsu);
            return HihokenshaShokai.view(j, shikaku.entries(caller.lgCode(), a),
                    shikaku.hihokenshaBango(caller.lgCode(), a).orElse(null), today);
        }).result();
    }

    private void append(Caller caller, String a, ShikakuIdo ido, Long todokedeId, LocalDate today) {
        shikaku.append(caller.lgCode(), a, ido, today, null, todokedeId, clock.instant(), caller.actor());
        if (ido.shutoku()) {
            shikaku.issueBango(caller.lgCode(), a, clock.instant());
        }
    }

    private static String text(JsonNode r, String f) {
        return r.hasNonNull(f) ? r.get(f).asText() : null;
    }

    /** A request date, 和暦 or 西暦 (the platform's {@link TodokedeHizuke#date}). */
    static LocalDate date(String text, String field) {
        return TodokedeHizuke.date(text, field);
    }
}
