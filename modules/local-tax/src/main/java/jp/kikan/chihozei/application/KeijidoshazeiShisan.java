package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.domain.GenmenKettei;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterException;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterLoader;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 軽自動車税の試算 (x-kikan-function keijidoshazei.keisan): a vehicle and a 年度 → the year's tax with its breakdown and
 * 算定根拠, by the engine of the 賦課. An inline {@code parameters} set (values of some parameters for some 年度, e.g. a
 * city's 条例 rates) is checked as the shipped file is and used for this request only; its values are named
 * 試算の入力 in the 算定根拠. Nothing is stored and no personal data is read.
 */
@ApplicationScoped
public class KeijidoshazeiShisan {

    static final String INLINE = "parameters";
    static final String RULE = "parameter-set";

    @Inject
    KeijidoshazeiKeisan engine;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.ShisanKekka shisan(JsonNode r) {
        KeijidoshazeiKeisan e = engine;
        String set = "kitei";
        if (r.has(INLINE)) {
            try {
                e = new KeijidoshazeiKeisan(KeijidoshazeiParameterLoader.inline(engine.parameters(), r.get(INLINE), INLINE,
                        "試算の入力"));
            } catch (KeijidoshazeiParameterException x) {
                String field = x.path().isEmpty() ? INLINE : INLINE + "." + x.path();
                String message = "パラメータ集合の " + field + " が正しくありません: " + x.problem();
                throw new RuleViolationException(400, RULE, message,
                        List.of(new FieldViolation(field, StandardErrorCode.E0004, RULE, message)));
            }
            set = "inline";
        }
        Optional<GenmenKettei> genmen = r.path("genmen").asBoolean(false)
                ? Optional.of(new GenmenKettei("shogaisha", "試算（減免承認として計算）")) : Optional.empty();
        var fuka = e.fuka(SharyoNyuryoku.sharyo(r, calendar.today()), r.get("nendo").asInt(), genmen);
        return new KeijidoshazeiViews.ShisanKekka(KeijidoshazeiViews.Zeigaku.of(fuka), set);
    }
}
