package jp.kikan.chihozei.keijidoshazei.parameter.loader;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.kojinjuminzei.parameter.ParameterRef;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/** The 軽自動車税 parameters as read: answers one 年度, refuses a 年度 it has no values for (E0004 on {@code nendo}). */
public final class KeijidoshazeiParameterRepository {

    /** One value of a parameter for the 年度 {@code from}..{@code to}. */
    record Atai(int from, int to, Object value, ParameterRef ref) {
    }

    private final int from;
    private final int to;
    private final Map<ParameterKomoku, List<Atai>> values;

    KeijidoshazeiParameterRepository(int from, int to, Map<ParameterKomoku, List<Atai>> values) {
        this.from = from;
        this.to = to;
        this.values = Map.copyOf(values);
    }

    /** The first 年度 covered (西暦). */
    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    Atai atai(ParameterKomoku k, int nendo) {
        for (Atai a : values.getOrDefault(k, List.of())) {
            if (a.from() <= nendo && nendo <= a.to()) {
                return a;
            }
        }
        return null;
    }

    /** This set with {@code changed}'s values in place of its own for their 年度. */
    KeijidoshazeiParameterRepository with(Map<ParameterKomoku, List<Atai>> changed) {
        Map<ParameterKomoku, List<Atai>> out = new EnumMap<>(ParameterKomoku.class);
        out.putAll(values);
        changed.forEach((k, list) -> {
            List<Atai> kept = new java.util.ArrayList<>(out.getOrDefault(k, List.of()).stream()
                    .filter(a -> list.stream().noneMatch(c -> c.from() <= a.to() && a.from() <= c.to())).toList());
            kept.addAll(list);
            out.put(k, List.copyOf(kept));
        });
        return new KeijidoshazeiParameterRepository(from, to, out);
    }

    public KeijidoshazeiParameters parameters(int nendo) {
        if (nendo < from || nendo > to) {
            throw new RuleViolationException("nendo-parameters", "nendo", StandardErrorCode.E0004,
                    (nendo > 2018 ? new Nendo(nendo).label() : nendo + "年度") + "の軽自動車税のパラメータはありません（"
                            + new Nendo(from).label() + "〜" + new Nendo(to).label() + "）");
        }
        return new KeijidoshazeiParameters(nendo, param(ParameterKomoku.FUKA_KIJITSU, nendo, MonthDay.class),
                map(ParameterKomoku.GENTSUKI_HAIKIRYO, nendo), map(ParameterKomoku.ZEIRITSU, nendo),
                map(ParameterKomoku.KYU_ZEIRITSU, nendo), param(ParameterKomoku.KYU_ZEIRITSU_KIJUN, nendo, YearMonth.class),
                map(ParameterKomoku.JUKA_ZEIRITSU, nendo), param(ParameterKomoku.JUKA_KEIKA_NENSU, nendo, Integer.class),
                param(ParameterKomoku.JUKA_JOGAI, nendo, KeijidoshazeiParameters.JukaJogai.class),
                param(ParameterKomoku.SHODO_KENSA_MINASHI, nendo, KeijidoshazeiParameters.ShodoKensaMinashi.class),
                Optional.ofNullable(atai(ParameterKomoku.GREEN_TOKUREI, nendo))
                        .map(a -> new Param<>((KeijidoshazeiParameters.GreenTokurei) a.value(), a.ref())),
                param(ParameterKomoku.GENMEN_SHOGAISHA, nendo, Ritsu.class),
                param(ParameterKomoku.NOKI_TSUKI, nendo, Integer.class));
    }

    private <T> Param<T> param(ParameterKomoku k, int nendo, Class<T> type) {
        Atai a = atai(k, nendo);
        return new Param<>(type.cast(a.value()), a.ref());
    }

    @SuppressWarnings("unchecked")
    private <V> Param<Map<ShashuKubun, V>> map(ParameterKomoku k, int nendo) {
        Atai a = atai(k, nendo);
        return new Param<>((Map<ShashuKubun, V>) a.value(), a.ref());
    }
}
