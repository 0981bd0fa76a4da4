package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import jp.kikan.chihozei.infrastructure.JutogaiStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * 住登外者の登録 (x-kikan-function nozeigimusha.jutogai): a person taxed here who is not a resident here (地方税法
 * 第294条第1項第2号・第3項: 事務所・家屋敷; income here after moving away) gets a 宛名番号 of this service and a first
 * version. The name is stored as entered (never normalized: variant characters and IVS are kept).
 */
@ApplicationScoped
public class JutogaiToroku {

    static final ResultType<NozeigimushaShokai.View> RESULT = ResultType.of(NozeigimushaShokai.View.class, 1);
    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();
    static final String KATAKANA = "^[\\u30A0-\\u30FF\\u3000 ]+$";

    @Inject
    IdempotentCommands commands;

    @Inject
    JutogaiStore store;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public NozeigimushaShokai.View toroku(Caller caller, String idempotencyKey, JsonNode r) {
        return commands.run(caller, idempotencyKey, "nozeigimusha.jutogai", r, RESULT, () -> {
            String kana = r.get("shimei_furigana").asText();
            if (!kana.matches(KATAKANA)) {
                throw new RuleViolationException("katakana", "shimei_furigana", StandardErrorCode.E0002,
                        "氏名フリガナは全角カタカナで入力してください");
            }
            LocalDate birth = birth(r.get("seinengappi").asText());
            String seibetsu = r.hasNonNull("seibetsu") ? r.get("seibetsu").asText() : null;
            String atenabango = store.nextAtenabango(caller.lgCode());
            JutogaiStore.Jutogai j = new JutogaiStore.Jutogai(caller.lgCode(), atenabango, r.get("shimei").asText(), kana,
                    birth, seibetsu, r.get("jusho").asText(), r.get("riyu").asText(), null);
            store.record(j, calendar.today(), clock.instant(), caller.actor());
            return new NozeigimushaShokai.View(atenabango, "jutogai", j.shimei(), kana, birth.toString(), seibetsu, j.jusho(),
                    "jutogai", null, null);
        }).result();
    }

    private LocalDate birth(String text) {
        LocalDate d;
        try {
            d = CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", "seinengappi", StandardErrorCode.E0004,
                    "「" + text + "」は暦に存在しない日付です（" + e.getMessage() + "）");
        }
        if (d.isAfter(calendar.today()) || d.getYear() < 1868) {
            throw new RuleViolationException("date-plausible", "seinengappi", StandardErrorCode.E0004,
                    "生年月日が業務日付より後か、明治より前です");
        }
        return d;
    }
}
