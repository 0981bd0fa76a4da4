package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import jp.kikan.kokuho.hokenzei.HokenzeiKeisan;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * One household's 国民健康保険税 for a 年度, as the single 賦課 and the annual 本算定 both do it: the household's
 * members, months and incomes ({@link FukaSetai}) through the engine; a new version (with its instalments, a 更正's
 * difference per 期 and its outbox event) only when the result or the 納税義務者 differs from the last. A household
 * with a member whose income is unknown, or without a recorded 世帯主, is not assessed: the caller decides how to say
 * so. The caller holds the household's lock and owns the transaction.
 */
@ApplicationScoped
public class KokuhoSetaiFuka {

    public enum Jotai {
        /** a new version was written */
        FUKA,
        /** the result equals the last version: nothing written */
        HENKO_NASHI,
        /** the annual run only: nobody of the household is insured in the 年度 and it was never assessed */
        HIHOKENSHA_NASHI,
        /** a member's income is unknown (未申告 or unknown to local tax): never assessed as 0 */
        SHOTOKU_FUMEI,
        /** no 世帯主 is recorded for the household */
        SETAINUSHI_NASHI
    }

    /** What the assessment did; {@code version} the new or unchanged last version (null when not assessed). */
    public record Kekka(Jotai jotai, FukaStore.Version version, FukaSetai.Shukei shukei) {
    }

    @Inject
    FukaSetai setai;

    @Inject
    FukaStore store;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    KokuhoFukaEvents events;

    /**
     * @param onlyInsured the annual run: a household without an insured member in the 年度 and without a version is not
     *                    assessed (the single 賦課 assesses what the clerk asks for)
     */
    public Kekka fuka(String lgCode, String actor, String setaibango, int nendo, List<Jumin> people, HokenzeiParameters params,
            boolean onlyInsured) {
        return fuka(lgCode, actor, nendo, Map.of(setaibango, people), params, onlyInsured, null).get(setaibango);
    }

    /**
     * These households (世帯番号 → everyone recorded in it) as {@link #fuka(String, String, String, int, List,
     * HokenzeiParameters, boolean)} assesses one, with what they read in a few set-based reads for all of them and the
     * new versions (and their events) written together. The caller holds every household's lock.
     *
     * @param refused where a household's refusal goes (its result is then absent); null: thrown
     */
    public Map<String, Kekka> fuka(String lgCode, String actor, int nendo, Map<String, List<Jumin>> people,
            HokenzeiParameters params, boolean onlyInsured, BiConsumer<String, RuleViolationException> refused) {
        Map<String, FukaSetai.Nyuryoku> nyuryoku = setai.yomikomi(lgCode, people, nendo);
        Map<String, FukaStore.Version> last = store.latest(lgCode, people.keySet(), nendo);
        LocalDate today = calendar.today();
        Map<String, Kekka> out = new LinkedHashMap<>();
        List<FukaStore.Version> written = new ArrayList<>();
        for (var e : nyuryoku.entrySet()) {
            Kekka k;
            try {
                k = santei(e.getKey(), nendo, setai.shukei(e.getValue(), nendo), Optional.ofNullable(last.get(e.getKey())),
                        params, onlyInsured, today);
            } catch (RuleViolationException ex) {
                if (refused == null) {
                    throw ex;
                }
                refused.accept(e.getKey(), ex);
                continue;
            }
            out.put(e.getKey(), k);
            if (k.jotai() == Jotai.FUKA) {
                written.add(k.version());
            }
        }
        store.insertAll(lgCode, written, clock.instant(), actor);
        events.appendAll(lgCode, written);
        return out;
    }

    /** One household's result from what was read: the version to write for FUKA (not yet written). */
    private Kekka santei(String setaibango, int nendo, FukaSetai.Shukei h, Optional<FukaStore.Version> last,
            HokenzeiParameters params, boolean onlyInsured, LocalDate today) {
        if (onlyInsured && last.isEmpty() && !h.hihokenshaAri()) {
            return new Kekka(Jotai.HIHOKENSHA_NASHI, null, h);
        }
        if (!h.fumei().isEmpty()) {
            return new Kekka(Jotai.SHOTOKU_FUMEI, null, h);
        }
        String nushi = h.nushi();
        if (nushi == null) {
            return new Kekka(Jotai.SETAINUSHI_NASHI, null, h);
        }
        // as text and back, so that it compares equal to a stored version read from the database
        JsonNode kekka = json(KokuhoShisan.view(HokenzeiKeisan.keisan(nendo, h.members(), h.nozeigimusha(), params)));
        if (last.isPresent() && last.get().kekka().equals(kekka) && last.get().nozeigimusha().equals(nushi)) {
            return new Kekka(Jotai.HENKO_NASHI, last.get(), h);
        }
        long nengaku = kekka.get("nengaku").asLong();
        FukaBunpai.Kekka choshu = FukaBunpai.choshu(mapper, nendo, shares(kekka, nushi, nengaku), nengaku,
                params.nokigen().value(), last, YearMonth.from(today));
        FukaStore.Version v = new FukaStore.Version(setaibango, nendo, last.map(FukaStore.Version::version).orElse(0) + 1,
                nushi, nengaku, nengaku - last.map(FukaStore.Version::nengaku).orElse(0L), kekka, today, choshu.choshu().kibetsu(), choshu.choshu().kosei(), h.setaiin(), h.used(), choshu.bunpai());
        return new Kekka(Jotai.FUKA, v, h);
    }

    /** Each 納税義務者's amount: the engine's shares when the 世帯主 changed, else the 世帯主's the whole amount. */
    private static Map<String, Long> shares(JsonNode kekka, String nushi, long nengaku) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (kekka.has("nozeigimusha_betsu")) {
            kekka.get("nozeigimusha_betsu").forEach(b -> out.put(b.get("nozeigimusha_atenabango").asText(), b.get("nengaku").asLong()));
        } else {
            out.put(nushi, nengaku);
        }
        return out;
    }

    private JsonNode json(Object o) {
        try {
            return mapper.readTree(mapper.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
