package jp.kikan.kokuho.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.kikan.platform.demo.DemoRandom;
import jp.kikan.platform.time.Nenrei;

/**
 * Decides (plain Java, deterministic by seed and 宛名番号 / 世帯番号) which 届出 a demo household's residents would have
 * made: 社会保険の加入 (employee insurance: the 国保 is lost the next day) or 生活保護の開始 (lost that day); the others stay
 * 国保, and from 75 the service moves them to 後期高齢者医療 by itself.
 *
 * <p>Shares — demo assumptions, shaped after the national picture (no statistic in the project's notes): of those under
 * 75 about three in four are in employee insurance (the earner and the dependants), the rest — self-employed, without
 * work, and most 65–74 — in 国保. 生活保護: the household is drawn exactly as local tax's demo draws it (same seed and
 * key, 5 % of single residents of 65 or more, 1.2 % of other households: 保護率 about 1.6 %, 厚生労働省「被保護者調査」
 * as local tax's demo cites it), so the same households are 被保護 in both services.
 */
final class DemoHoken {

    /** A resident of a household as this service knows him; {@code shutokubi} his current 国保 取得日 (null: none). */
    record Hito(String atenabango, String setaibango, String zokugara, LocalDate seinengappi, LocalDate shutokubi) {
    }

    /** A 届出 to make: {@code shubetsu} shaho_kanyu or seikatsu_hogo_kaishi, dated {@code idonengappi}. */
    record Todokede(String atenabango, String shubetsu, LocalDate idonengappi) {
    }

    /** 世帯主 under 65 / 65–74 employed with employee insurance (assumption). */
    static final double SHAHO_NUSHI = 0.80;
    static final double SHAHO_NUSHI_KOREI = 0.25;
    /** A spouse of an insured earner: a dependant or employed herself (assumption). */
    static final double SHAHO_HAIGUSHA = 0.90;
    /** A spouse of an earner in 国保, or another adult of working age, employed with employee insurance (assumption). */
    static final double SHAHO_JIBUN = 0.60;
    /** A parent 65–74 as a dependant of an insured 世帯主 (assumption). */
    static final double SHAHO_FUYO_OYA = 0.50;
    /** Of the 社保 届出, those dated in the last year (a new job: months of 国保 in the 年度); the rest on the 取得日. */
    static final double SHAHO_SAIKIN = 0.12;
    static final double HOGO_KOREI_TANSHIN = 0.05;
    static final double HOGO_SONOTA = 0.012;

    private final long seed;
    private final LocalDate today;

    DemoHoken(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** The 届出 of one household's residents (in the order given), by key 宛名番号. */
    Map<String, Todokede> setai(List<Hito> members) {
        Map<String, Todokede> out = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return out;
        }
        Hito nushi = members.stream().filter(m -> "世帯主".equals(m.zokugara())).findFirst().orElse(members.get(0));
        if (hogo(members)) {
            for (Hito m : members) {
                SplittableRandom r = DemoRandom.of(seed, "kokuho-hogo", m.atenabango());
                LocalDate from = from(m);
                if (from != null && age(m) < 75 && from.isBefore(today)) {
                    LocalDate d = today.minusDays(30 + r.nextInt(2_000));
                    out.put(m.atenabango(), new Todokede(m.atenabango(), "seikatsu_hogo_kaishi",
                            d.isAfter(from) ? d : from.plusDays(1)));
                }
            }
            return out;
        }
        boolean nushiShaho = age(nushi) < 75 && DemoRandom.chance(DemoRandom.of(seed, "kokuho-nushi", nushi.atenabango()),
                age(nushi) < 65 ? SHAHO_NUSHI : SHAHO_NUSHI_KOREI);
        boolean haigushaShaho = false;
        for (Hito m : members) {
            if (m == nushi) {
                continue;
            }
            if (("妻".equals(m.zokugara()) || "夫".equals(m.zokugara())) && age(m) < 75) {
                SplittableRandom r = DemoRandom.of(seed, "kokuho-haigusha", m.atenabango());
                haigushaShaho = DemoRandom.chance(r, nushiShaho ? SHAHO_HAIGUSHA : age(m) < 65 ? SHAHO_JIBUN : 0.1);
            }
        }
        for (Hito m : members) {
            int age = age(m);
            SplittableRandom r = DemoRandom.of(seed, "kokuho-kojin", m.atenabango());
            boolean shaho;
            if (age >= 75 || m.shutokubi() == null) {
                continue;
            } else if (m == nushi) {
                shaho = nushiShaho;
            } else if ("妻".equals(m.zokugara()) || "夫".equals(m.zokugara())) {
                shaho = haigushaShaho;
            } else if (age < 23) {
                shaho = nushiShaho || haigushaShaho; // a child (or student) as the parent's dependant
            } else if (age < 65) {
                shaho = DemoRandom.chance(r, SHAHO_JIBUN + 0.15);
            } else {
                shaho = nushiShaho && DemoRandom.chance(r, SHAHO_FUYO_OYA);
            }
            if (shaho) {
                LocalDate d = from(m);
                if (DemoRandom.chance(r, SHAHO_SAIKIN)) {
                    LocalDate recent = today.minusDays(r.nextInt(365));
                    d = recent.isAfter(d) ? recent : d;
                }
                out.put(m.atenabango(), new Todokede(m.atenabango(), "shaho_kanyu", d.isAfter(today) ? today : d));
            }
        }
        return out;
    }

    /** As local tax's demo: one draw per household, by 世帯番号, the age at the 31 December before. */
    private boolean hogo(List<Hito> members) {
        Hito first = members.get(0);
        String key = first.setaibango() != null ? first.setaibango() : first.atenabango();
        LocalDate nenmatsu = LocalDate.of(today.getYear() - 1, 12, 31);
        boolean koreiTanshin = members.size() == 1 && first.seinengappi() != null
                && ChronoUnit.YEARS.between(first.seinengappi(), nenmatsu) >= 65;
        return DemoRandom.chance(DemoRandom.of(seed, "hogo", key), koreiTanshin ? HOGO_KOREI_TANSHIN : HOGO_SONOTA);
    }

    /** The first day a 届出 may be dated: the 取得日, not before the birth (a 取得 recorded from a snapshot may be). */
    private static LocalDate from(Hito h) {
        return h.shutokubi() == null || h.seinengappi() == null || !h.shutokubi().isBefore(h.seinengappi()) ? h.shutokubi()
                : h.seinengappi();
    }

    private int age(Hito h) {
        return h.seinengappi() == null ? 0 : Nenrei.nenrei(h.seinengappi(), today);
    }
}
