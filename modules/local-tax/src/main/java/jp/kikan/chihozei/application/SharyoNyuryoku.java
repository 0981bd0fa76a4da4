package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import jp.kikan.chihozei.infrastructure.SharyoStore;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.Sharyo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.domain.ShodoKensa;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * What a clerk enters of a vehicle (the contract's names) → the engine's {@link Sharyo}, and the stored version → the
 * same. Dates as 西暦 or 和暦, refused when they do not exist or are implausible (before 1950 or after the business date).
 */
public final class SharyoNyuryoku {

    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();
    /** The first 軽自動車 規格 (昭和24年): no vehicle of the register is older. */
    private static final int FIRST_YEAR = 1949;

    private SharyoNyuryoku() {
    }

    public static Sharyo sharyo(SharyoStore.Version v) {
        return new Sharyo(ShashuKubun.of(v.shashuKubun()).orElseThrow(), v.haikiryo(),
                v.shodoKensaNen() == null ? null : new ShodoKensa(v.shodoKensaNen(), v.shodoKensaTsuki()),
                v.nenryo() == null ? null : Nenryo.of(v.nenryo()).orElseThrow(), v.hikenin(),
                GreenKubun.of(v.greenKubun()).orElseThrow());
    }

    /** The vehicle of a request (試算); the contract has already checked the codes. */
    public static Sharyo sharyo(JsonNode r, LocalDate today) {
        return new Sharyo(ShashuKubun.of(r.path("shashu_kubun").asText()).orElseThrow(),
                r.hasNonNull("haikiryo") ? r.get("haikiryo").asInt() : null, shodoKensa(r, today),
                r.hasNonNull("nenryo") ? Nenryo.of(r.get("nenryo").asText()).orElseThrow() : null,
                r.path("hikenin").asBoolean(false),
                r.hasNonNull("green_kubun") ? GreenKubun.of(r.get("green_kubun").asText()).orElseThrow() : GreenKubun.NASHI);
    }

    public static ShodoKensa shodoKensa(JsonNode r, LocalDate today) {
        if (!r.hasNonNull("shodo_kensa_nengetsu")) {
            return null;
        }
        String t = r.get("shodo_kensa_nengetsu").asText();
        int nen = Integer.parseInt(t.substring(0, 4));
        Integer tsuki = t.length() > 4 ? Integer.parseInt(t.substring(5)) : null;
        if (nen < FIRST_YEAR || nen > today.getYear() + 1) {
            throw new RuleViolationException("date-plausible", "shodo_kensa_nengetsu", StandardErrorCode.E0004,
                    "初度検査年月 " + t + " は " + FIRST_YEAR + " 年から業務日付の翌年までの年月で入力してください");
        }
        return new ShodoKensa(nen, tsuki);
    }

    /** A date of a request (西暦 or 和暦), not after the business date and not before 1950. */
    public static LocalDate date(JsonNode r, String field, LocalDate today) {
        String text = r.get(field).asText();
        LocalDate d;
        try {
            d = CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", field, StandardErrorCode.E0004,
                    "「" + text + "」は暦に存在しない日付です（" + e.getMessage() + "）");
        }
        if (d.isAfter(today) || d.getYear() < FIRST_YEAR) {
            throw new RuleViolationException("date-plausible", field, StandardErrorCode.E0004,
                    field + " は " + FIRST_YEAR + " 年から業務日付 (" + today + ") までの日付で入力してください");
        }
        return d;
    }

    public static LocalDate optionalDate(JsonNode r, String field, LocalDate today) {
        return r.hasNonNull(field) ? date(r, field, today) : null;
    }

    static String nengetsu(Integer nen, Integer tsuki) {
        return nen == null ? null : tsuki == null ? String.format("%04d", nen) : String.format("%04d-%02d", nen, tsuki);
    }
}
