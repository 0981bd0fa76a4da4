package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.kikan.chihozei.infrastructure.JutogaiStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.checkdigit.HojinBango;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 法人の登録 (x-kikan-function nozeigimusha.hojin): a 法人 taxed here — the owner of 償却資産 (地方税法第343条第1項・
 * 第383条), land or houses — gets a 宛名番号 of this service as a 住登外者, keyed by its 法人番号 (check digit of
 * 法人番号の指定等に関する省令 第2条); one number per 法人 and municipality. The name is stored as entered.
 */
@ApplicationScoped
public class HojinToroku {

    static final ResultType<NozeigimushaShokai.View> RESULT = ResultType.of(NozeigimushaShokai.View.class, 1);
    static final String ACTION = "nozeigimusha.hojin";

    @Inject
    IdempotentCommands commands;

    @Inject
    JutogaiStore store;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public NozeigimushaShokai.View toroku(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, ACTION, r, RESULT, () -> {
            String bango = r.get("hojin_bango").asText();
            if (!HojinBango.isValid(bango)) {
                throw new RuleViolationException("hojin-bango-check-digit", "hojin_bango", StandardErrorCode.E0004,
                        "法人番号 " + bango + " の検査用数字（先頭の1桁）が一致しません");
            }
            String kana = r.get("meisho_furigana").asText();
            if (!kana.matches(JutogaiToroku.KATAKANA)) {
                throw new RuleViolationException("katakana", "meisho_furigana", StandardErrorCode.E0002,
                        "名称フリガナは全角カタカナで入力してください");
            }
            store.lockHojin(caller.lgCode(), bango).ifPresent(a -> {
                throw new RuleViolationException("hojin-toroku-zumi", "hojin_bango", StandardErrorCode.E0004,
                        "法人番号 " + bango + " の法人は宛名番号 " + a + " で登録済みです");
            });
            String atenabango = store.nextAtenabango(caller.lgCode());
            JutogaiStore.Jutogai j = new JutogaiStore.Jutogai(caller.lgCode(), atenabango, r.get("meisho").asText(), kana, null,
                    null, r.get("shozaichi").asText(), r.get("riyu").asText(), bango);
            store.record(j, calendar.today(), clock.instant(), caller.actor());
            return new NozeigimushaShokai.View(atenabango, "jutogai", j.shimei(), kana, null, null, j.jusho(), "jutogai", null,
                    bango);
        }).result();
    }
}
