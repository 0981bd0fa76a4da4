package jp.kikan.jumin.application.ido;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.jumin.domain.policy.FuriganaPolicy;
import jp.kikan.jumin.domain.policy.ZokugaraPolicy;
import jp.kikan.platform.checkdigit.JuminhyoCode;
import jp.kikan.platform.checkdigit.KojinBango;
import jp.kikan.platform.checkdigit.Modulus11;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * Checks one request's fields and collects every problem before anything is written, so the clerk
 * sees all mistakes at once (E0001 必須, E0002 文字, E0003 桁数, E0004 項目間/暦).
 */
public final class IdoInput {

    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    private final List<FieldViolation> violations = new ArrayList<>();

    public String text(String field, String value, int maxLength, boolean required) {
        return text(field, value, maxLength, required, false);
    }

    /** Free text (理由, 備考): may hold line breaks and tabs, like the contract's x-kikan-multiline properties. */
    public String freeText(String field, String value, int maxLength, boolean required) {
        return text(field, value, maxLength, required, true);
    }

    /**
     * The value exactly as sent, or null when absent. Nothing is trimmed or normalised: a value with
     * white space around it is refused rather than silently changed (a padded " hakko " once passed a check
     * that trimmed it and was then stored as sent).
     */
    private String text(String field, String value, int maxLength, boolean required, boolean multiline) {
        if (value == null || value.isEmpty()) {
            if (required) {
                violations.add(new FieldViolation(field, StandardErrorCode.E0001, "required",
                        FieldLabels.of(field) + " は必須です"));
            }
            return null;
        }
        if (value.isBlank() && required) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0001, "required",
                    FieldLabels.of(field) + " は必須です"));
            return null;
        }
        if (!value.strip().equals(value)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0002, "surrounding-space",
                    FieldLabels.of(field) + " の前後に空白があります"));
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0003, "max-length",
                    FieldLabels.of(field) + " は" + maxLength + "文字以内で入力してください"));
        }
        if (value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                && !(multiline && (cp == '\n' || cp == '\r' || cp == '\t')))) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0002, "control-character",
                    FieldLabels.of(field) + " に使用できない文字が含まれています"));
        }
        return value;
    }

    public String katakana(String field, String value, int maxLength, boolean required) {
        String v = text(field, value, maxLength, required);
        if (v != null && !FuriganaPolicy.isKatakana(v)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0002, "katakana",
                    FieldLabels.of(field) + " は全角カタカナで入力してください"));
        }
        return v;
    }

    /** A date in 西暦 (2024-04-01) or 和暦 (令和6年4月1日); a date that does not exist is refused. */
    public LocalDate date(String field, String value, boolean required) {
        String v = text(field, value, 20, required);
        if (v == null) {
            return null;
        }
        try {
            return CALENDAR.parse(v);
        } catch (RuntimeException e) {
            // the calendar says why (e.g. 令和 began on 2019-05-01), which helps the clerk fix it
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "date-exists",
                    FieldLabels.of(field) + " 「" + v + "」は暦に存在しない日付です (" + e.getMessage() + ")"));
            return null;
        }
    }

    /** One of the allowed codes, compared exactly (" hakko " and "HAKKO" are not "hakko"). */
    public String code(String field, String value, List<String> allowed, boolean required) {
        String v = text(field, value, 32, required);
        if (v != null && !allowed.contains(v)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0002, "code",
                    FieldLabels.of(field) + " は " + String.join(", ", allowed) + " のいずれかです"));
        }
        return v;
    }

    public String zokugara(String field, String value) {
        String v = ZokugaraPolicy.normalise(text(field, value, 50, true));
        if (v != null && !ZokugaraPolicy.isAllowed(v)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "zokugara-form",
                    "続柄「" + v + "」は標準の記載方法ではありません (例: 世帯主, 妻, 子, 子の妻, 父, 縁故者, 同居人)"));
        }
        return v;
    }

    /** 宛名番号 or 世帯番号: digits with the modulus-11 check digit. */
    public String bango(String field, String value) {
        String v = text(field, value, 15, true);
        if (v != null && (!v.chars().allMatch(Character::isDigit) || !Modulus11.isValid(v))) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "check-digit",
                    FieldLabels.of(field) + " 「" + v + "」の検査数字が一致しません"));
        }
        return v;
    }

    public String kojinbango(String field, String value) {
        String v = text(field, value, 12, false);
        if (v != null && !KojinBango.isValid(v)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "check-digit",
                    "個人番号の検査数字が一致しません (平成26年総務省令第85号 第5条)"));
        }
        return v;
    }

    public String juminhyokodo(String field, String value) {
        String v = text(field, value, 11, false);
        if (v != null && !JuminhyoCode.isValid(v)) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "check-digit",
                    "住民票コードの検査数字が一致しません"));
        }
        return v;
    }

    public Jusho jusho(String field, Commands.JushoInput j, boolean required) {
        if (j == null) {
            if (required) {
                violations.add(new FieldViolation(field, StandardErrorCode.E0001, "required", "住所は必須です"));
            }
            return null;
        }
        String p = field + ".";
        String shikuchoson = digits(p + "jusho_shikuchosonkodo", j.jushoShikuchosonkodo(), 6);
        String choaza = digits(p + "jusho_choazakodo", j.jushoChoazakodo(), 7);
        String yubin = digits(p + "jusho_yubinbango", j.jushoYubinbango(), 7);
        return new Jusho(shikuchoson, choaza, yubin,
                text(p + "jusho_todofuken", j.jushoTodofuken(), 4, true),
                text(p + "jusho_shikugunchosonmei", j.jushoShikugunchosonmei(), 12, true),
                text(p + "jusho_choaza", j.jushoChoaza(), 120, false),
                text(p + "jusho_banchigohyoki", j.jushoBanchigohyoki(), 50, false),
                text(p + "jusho_katagaki", j.jushoKatagaki(), 300, false),
                katakana(p + "jusho_katagaki_furigana", j.jushoKatagakiFurigana(), 300, false));
    }

    public Gaikokujin gaikokujin(String field, Commands.GaikokujinInput g) {
        if (g == null) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0001, "required",
                    "外国人住民は国籍・地域と法第30条の45の区分が必須です"));
            return null;
        }
        String p = field + ".";
        return new Gaikokujin(
                text(p + "shimei_gaikokujinromaji", g.shimeiGaikokujinromaji(), 100, false),
                text(p + "shimei_gaikokujinkanji", g.shimeiGaikokujinkanji(), 100, false),
                text(p + "tsusho", g.tsusho(), 100, false),
                katakana(p + "tsusho_furigana", g.tsushoFurigana(), 100, false),
                text(p + "kokuseki_chiiki", g.kokusekiChiiki(), 50, true),
                code(p + "hodai30jono45kubun", g.hodai30jono45kubun(), List.of("chukyo_zairyusha", "tokubetsu_eijusha",
                        "ichiji_higo", "karitaizai", "shussei_keika", "kokuseki_soshitsu_keika"), true),
                text(p + "zairyushikaku", g.zairyushikaku(), 50, false),
                text(p + "zairyukikan", g.zairyukikan(), 20, false),
                date(p + "zairyukikan_manryonengappi", g.zairyukikanManryonengappi(), false),
                zairyuCard(p + "zairyukadobango", g.zairyukadobango()));
    }

    private String zairyuCard(String field, String value) {
        String v = text(field, value, 12, false);
        if (v != null && !v.matches("[A-Z]{2}[0-9]{8}[A-Z]{2}")) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0002, "zairyu-card-format",
                    "在留カード等番号は英字2桁・数字8桁・英字2桁です"));
        }
        return v;
    }

    private String digits(String field, String value, int length) {
        String v = text(field, value, length, false);
        if (v != null && (v.length() != length || !v.chars().allMatch(Character::isDigit))) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0003, "digits",
                    FieldLabels.of(field) + " は数字" + length + "桁です"));
        }
        return v;
    }

    /** A list of 宛名番号 naming each person once. */
    public List<String> distinctBango(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> checked = values.stream().map(v -> bango(field, v)).toList();
        if (checked.stream().distinct().count() != checked.size()) {
            violations.add(new FieldViolation(field, StandardErrorCode.E0004, "duplicate",
                    FieldLabels.of(field) + " に同じ番号が重複しています"));
        }
        return checked;
    }

    /** A rule that concerns several fields (E0004). */
    public void crossField(String field, String rule, String message) {
        violations.add(new FieldViolation(field, StandardErrorCode.E0004, rule, message));
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** Refuses the request (400 problem+json listing every field) when anything was wrong. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(400, violations.get(0).rule(), "入力内容に誤りがあります", List.copyOf(violations));
        }
    }
}
