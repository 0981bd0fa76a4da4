package jp.kikan.chihozei.keijidoshazei.parameter.loader;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.keijidoshazei.parameter.KeijidoshazeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.Ritsu;

/** The parameters of 軽自動車税（種別割）: their ids in the files and how each {@code value} is read and merged. */
enum ParameterKomoku {
    FUKA_KIJITSU("fuka_kijitsu"),
    GENTSUKI_HAIKIRYO("gentsuki_haikiryo"),
    ZEIRITSU("zeiritsu"),
    KYU_ZEIRITSU("kyu_zeiritsu"),
    KYU_ZEIRITSU_KIJUN("kyu_zeiritsu_kijun"),
    JUKA_ZEIRITSU("juka_zeiritsu"),
    JUKA_KEIKA_NENSU("juka_keika_nensu"),
    JUKA_JOGAI("juka_jogai"),
    SHODO_KENSA_MINASHI("shodo_kensa_minashi"),
    /** Only for the 年度 that have one. */
    GREEN_TOKUREI("green_tokurei"),
    GENMEN_SHOGAISHA("genmen_shogaisha"),
    NOKI_TSUKI("noki_tsuki");

    private static final Set<ShashuKubun> GENTSUKI_BANDS = EnumSet.of(ShashuKubun.GENTSUKI_50, ShashuKubun.GENTSUKI_90,
            ShashuKubun.GENTSUKI_125);

    private final String id;

    ParameterKomoku(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    boolean everyNendo() {
        return this != GREEN_TOKUREI;
    }

    static Optional<ParameterKomoku> of(String id) {
        for (ParameterKomoku k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a value. {@code base} is the value it changes (an inline set's partial rate table over the shipped one),
     * or null where the value must be whole.
     */
    Object read(Yomi v, Object base) {
        return switch (this) {
            case FUKA_KIJITSU -> v.tsukihi();
            case GENTSUKI_HAIKIRYO -> haikiryo(v, base);
            case ZEIRITSU -> rates(v, base, EnumSet.complementOf(EnumSet.of(ShashuKubun.GENTSUKI)));
            case KYU_ZEIRITSU, JUKA_ZEIRITSU -> rates(v, base, sanrinIjo());
            case KYU_ZEIRITSU_KIJUN -> v.nengetsu();
            case JUKA_KEIKA_NENSU -> v.whole(1, 50);
            case JUKA_JOGAI -> jogai(v);
            case SHODO_KENSA_MINASHI -> minashi(v);
            case GREEN_TOKUREI -> green(v);
            case GENMEN_SHOGAISHA -> ritsu(v);
            case NOKI_TSUKI -> v.whole(4, 12);
        };
    }

    private static Set<ShashuKubun> sanrinIjo() {
        Set<ShashuKubun> s = EnumSet.noneOf(ShashuKubun.class);
        for (ShashuKubun k : ShashuKubun.values()) {
            if (k.sanrinIjo()) {
                s.add(k);
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<ShashuKubun, Long> rates(Yomi v, Object base, Set<ShashuKubun> allowed) {
        Map<ShashuKubun, Long> out = base == null ? new EnumMap<>(ShashuKubun.class) : new EnumMap<>((Map<ShashuKubun, Long>) base);
        for (String key : v.keys()) {
            ShashuKubun k = ShashuKubun.of(key).filter(allowed::contains)
                    .orElseThrow(() -> v.error("'" + key + "' is not a 車種区分 of this table"));
            out.put(k, v.get(key).yen());
        }
        if (!out.keySet().containsAll(allowed)) {
            Set<ShashuKubun> missing = EnumSet.copyOf(allowed);
            missing.removeAll(out.keySet());
            throw v.error("no amount for " + missing.stream().map(ShashuKubun::code).toList());
        }
        return Map.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<ShashuKubun, Integer> haikiryo(Yomi v, Object base) {
        Map<ShashuKubun, Integer> out = base == null ? new EnumMap<>(ShashuKubun.class)
                : new EnumMap<>((Map<ShashuKubun, Integer>) base);
        for (String key : v.keys()) {
            ShashuKubun k = ShashuKubun.of(key).filter(GENTSUKI_BANDS::contains)
                    .orElseThrow(() -> v.error("'" + key + "' is not a 原付 band (gentsuki_50, gentsuki_90, gentsuki_125)"));
            out.put(k, v.get(key).whole(1, 10_000));
        }
        if (out.size() != GENTSUKI_BANDS.size()) {
            throw v.error("give the upper 総排気量 of gentsuki_50, gentsuki_90 and gentsuki_125");
        }
        if (!(out.get(ShashuKubun.GENTSUKI_50) < out.get(ShashuKubun.GENTSUKI_90)
                && out.get(ShashuKubun.GENTSUKI_90) < out.get(ShashuKubun.GENTSUKI_125))) {
            throw v.error("the bands must grow: gentsuki_50 < gentsuki_90 < gentsuki_125");
        }
        return Map.copyOf(out);
    }

    private static KeijidoshazeiParameters.JukaJogai jogai(Yomi v) {
        v.only(Set.of("nenryo", "hikenin"));
        Set<Nenryo> nenryo = EnumSet.noneOf(Nenryo.class);
        for (Yomi n : v.get("nenryo").list()) {
            String code = n.text();
            nenryo.add(Nenryo.of(code).orElseThrow(() -> n.error("'" + code + "' is not a 燃料 code")));
        }
        return new KeijidoshazeiParameters.JukaJogai(Set.copyOf(nenryo), v.get("hikenin").bool());
    }

    private static KeijidoshazeiParameters.ShodoKensaMinashi minashi(Yomi v) {
        v.only(Set.of("made", "tsuki"));
        return new KeijidoshazeiParameters.ShodoKensaMinashi(v.get("made").nengetsu(), v.get("tsuki").whole(1, 12));
    }

    private static KeijidoshazeiParameters.GreenTokurei green(Yomi v) {
        v.only(Set.of("kara", "made", "zeigaku"));
        var kara = v.get("kara").nengetsu();
        var made = v.get("made").nengetsu();
        if (made.isBefore(kara)) {
            throw v.get("made").error("made is before kara");
        }
        Yomi z = v.get("zeigaku");
        Map<GreenKubun, Map<ShashuKubun, Long>> out = new LinkedHashMap<>();
        for (String key : z.keys()) {
            GreenKubun g = GreenKubun.of(key).filter(k -> k != GreenKubun.NASHI)
                    .orElseThrow(() -> z.error("'" + key + "' is not a グリーン化特例 区分 (denki_to, nenpi_90, nenpi_70)"));
            Yomi t = z.get(key);
            Map<ShashuKubun, Long> rows = new EnumMap<>(ShashuKubun.class);
            for (String c : t.keys()) {
                ShashuKubun k = ShashuKubun.of(c).filter(ShashuKubun::sanrinIjo)
                        .orElseThrow(() -> t.error("'" + c + "' is not a 三輪以上 車種区分"));
                rows.put(k, t.get(c).yen());
            }
            out.put(g, Map.copyOf(rows));
        }
        return new KeijidoshazeiParameters.GreenTokurei(kara, made, Map.copyOf(out));
    }

    private static Ritsu ritsu(Yomi v) {
        try {
            Ritsu r = Ritsu.parse(v.text());
            if (r.times(1).signum() < 0 || r.times(1).compareTo(java.math.BigDecimal.ONE) > 0) {
                throw v.error("the share must be from 0 to 1");
            }
            return r;
        } catch (IllegalArgumentException e) {
            throw v.error(e.getMessage());
        }
    }
}
