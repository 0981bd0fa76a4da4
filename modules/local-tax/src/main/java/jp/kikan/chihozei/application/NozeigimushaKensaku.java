package jp.kikan.chihozei.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kikan.chihozei.infrastructure.NozeigimushaKensakuStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 納税義務者の検索 (x-kikan-function nozeigimusha.kensaku): by フリガナ from its start, by 氏名 anywhere in it (as
 * written, so 髙橋 finds 髙橋 and not 高橋), and by 生年月日 to narrow. A person under 支援措置 is not listed but for the
 * 支援措置担当; the others learn only how many were left out. Every hit is a read of personal data: logged.
 */
@ApplicationScoped
public class NozeigimushaKensaku {

    static final String ACTION = "nozeigimusha.kensaku";

    @Inject
    NozeigimushaKensakuStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    public record Kekka(List<NozeigimushaShokai.View> items, int count, int yokushiSu) {
    }

    @Transactional
    public Kekka kensaku(Caller caller, String furigana, String shimei, String seinengappi, int limit) {
        String kana = blankToNull(furigana);
        String kanji = blankToNull(shimei);
        if (kana == null && kanji == null) {
            String m = "フリガナまたは氏名を入力してください";
            throw new RuleViolationException(400, "kensaku-joken", m,
                    List.of(new FieldViolation("shimei_furigana", StandardErrorCode.E0001, "kensaku-joken", m)));
        }
        LocalDate birth = null;
        if (blankToNull(seinengappi) != null) {
            try {
                birth = LocalDate.parse(seinengappi.strip());
                // 明治 onwards and not in the future: anything else cannot be anyone's birth date
                if (birth.getYear() < 1868 || birth.isAfter(calendar.today())) {
                    throw new DateTimeParseException("out of range", seinengappi, 0);
                }
            } catch (DateTimeParseException e) {
                String m = "生年月日は西暦 YYYY-MM-DD で、1868年から今日までの日付を入力してください";
                throw new RuleViolationException(400, "seinengappi", m,
                        List.of(new FieldViolation("seinengappi", StandardErrorCode.E0004, "seinengappi", m)));
            }
        }
        List<NozeigimushaKensakuStore.Hit> hits = store.kensaku(caller.lgCode(), kana, kanji, birth, limit);
        boolean shien = caller.hasRole(Roles.SHIEN);
        List<NozeigimushaShokai.View> shown = hits.stream().filter(h -> shien || !h.shienSochiTaisho())
                .map(h -> new NozeigimushaShokai.View(h.atenabango(), h.kubun(), h.shimei(), h.shimeiFurigana(),
                        h.seinengappi() == null ? null : h.seinengappi().toString(), h.seibetsu(), h.jusho(), h.juminJotai(), null,
                        h.hojinBango()))
                .toList();
        int yokushi = hits.size() - shown.size();
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, shown.stream().map(NozeigimushaShokai.View::atenabango).toList(),
                "count=" + shown.size() + " yokushi=" + yokushi);
        return new Kekka(shown, shown.size(), yokushi);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
