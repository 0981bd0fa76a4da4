package jp.kikan.chihozei.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.kikan.platform.demo.DemoRandom;

/**
 * The demo city's land, houses and light vehicles (fictional, deterministic by seed and 世帯番号), so that the
 * 固定資産税・都市計画税 and 軽自動車税 assessments and their annual jobs have real work: most households with a head of 30 or
 * more own their home (a 住宅用地 parcel and a wooden 居宅, a quarter of those with a spouse as co-owners 1/2 each with the
 * head as 代表者), a few own farmland; about half keep a 軽四輪, some a 原付 or a 軽貨物. The amounts are plausible for a
 * small city (宅地 評価額 25,000–85,000円/㎡; houses from a 再建築費 of about 110,000円/㎡ less 経年減点), not any city's
 * published values. Bodies are the contract's requests (TochiNyuryoku, KaokuNyuryoku, SharyoTorokuRequest).
 */
final class DemoShisan {

    /** A household of the 賦課期日 as the loader reads it: the head, the spouse if any, and the address. */
    record Setai(String setaibango, String nushi, LocalDate nushiSeinengappi, String haigusha, String jusho) {
    }

    enum Shurui {
        TOCHI, KAOKU, SHARYO
    }

    /** One registration: its kind, a stable number within the household (the idempotency key's) and the body. */
    record Toroku(Shurui shurui, int ban, Map<String, Object> body) {
    }

    private final long seed;
    private final LocalDate today;

    DemoShisan(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    List<Toroku> of(Setai s) {
        SplittableRandom r = DemoRandom.of(seed, "shisan", s.setaibango());
        List<Toroku> out = new ArrayList<>();
        int age = s.nushiSeinengappi() == null ? 0 : today.getYear() - s.nushiSeinengappi().getYear();
        if (age >= 30 && DemoRandom.chance(r, 0.62)) {
            List<Map<String, Object>> owners = s.haigusha() != null && DemoRandom.chance(r, 0.25)
                    ? List.of(share(s.nushi(), "1/2"), share(s.haigusha(), "1/2")) : List.of(Map.of("atenabango", s.nushi()));
            int built = (int) DemoRandom.between(r, Math.max(1965, today.getYear() - age + 25), today.getYear() - 1, 1);
            LocalDate kenchiku = LocalDate.of(built, 1 + r.nextInt(12), 1 + r.nextInt(28));
            long yuka = DemoRandom.between(r, 72, 165, 1);
            out.add(new Toroku(Shurui.TOCHI, 1, tochi(r, s, owners, kenchiku, yuka)));
            out.add(new Toroku(Shurui.KAOKU, 1, kaoku(r, s, owners, kenchiku, yuka)));
            if (age >= 60 && DemoRandom.chance(r, 0.12)) {
                out.add(new Toroku(Shurui.TOCHI, 2, nochi(r, s)));
            }
        }
        int ban = 1;
        if (age >= 18 && DemoRandom.chance(r, 0.48)) {
            out.add(new Toroku(Shurui.SHARYO, ban++, kuruma(r, s, "yonrin_joyo_jikayo")));
        }
        if (age >= 18 && DemoRandom.chance(r, 0.06)) {
            out.add(new Toroku(Shurui.SHARYO, ban++, kuruma(r, s, "yonrin_kamotsu_jikayo")));
        }
        if (age >= 16 && DemoRandom.chance(r, 0.12)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hyoshiki_bango", "みなみ市う" + s.setaibango()); // ≤ 20 characters, one per household and kind
            m.put("shashu_kubun", "gentsuki");
            m.put("haikiryo", DemoRandom.chance(r, 0.7) ? 49 : 110);
            m.put("shoyusha_atenabango", s.nushi());
            m.put("idobi", LocalDate.of((int) DemoRandom.between(r, 2008, today.getYear() - 1, 1), 4, 2).toString());
            out.add(new Toroku(Shurui.SHARYO, ban++, m));
        }
        return out;
    }

    private Map<String, Object> tochi(SplittableRandom r, Setai s, List<Map<String, Object>> owners, LocalDate since, long yuka) {
        double chiseki = DemoRandom.between(r, 9_000, 33_000, 1) / 100.0;
        long tanka = DemoRandom.between(r, 25_000, 85_000, 500);
        Map<String, Object> m = base(s, since, "新規", owners);
        m.put("chiban", chiban(r));
        m.put("chimoku_genkyo", "宅地");
        m.put("chimoku_toki", "宅地");
        m.put("chiseki", chiseki);
        m.put("hyokagaku", (long) (chiseki * tanka));
        m.put("kazei_kubun", "jutaku-yochi");
        m.put("kosu", 1);
        m.put("jutaku_yuka_menseki", yuka);
        return m;
    }

    private Map<String, Object> kaoku(SplittableRandom r, Setai s, List<Map<String, Object>> owners, LocalDate kenchiku,
            long yuka) {
        int keinen = today.getYear() - kenchiku.getYear();
        // 経年減点補正率 in the manner of the 固定資産評価基準 (木造 専用住宅: to 0.2 after some 25 years), not its table
        double hosei = Math.max(0.2, 1.0 - 0.032 * keinen);
        Map<String, Object> m = base(s, kenchiku, "新築", owners);
        m.put("kaoku_bango", chiban(r));
        m.put("shurui", "居宅");
        m.put("kozo", "木造");
        m.put("taika_kozo", false);
        m.put("yuka_menseki", yuka);
        m.put("kyoju_menseki", yuka);
        m.put("shinchiku_nengappi", kenchiku.toString());
        m.put("kaisu", yuka > 100 ? 2 : 1);
        m.put("hyokagaku", (long) (yuka * DemoRandom.between(r, 95_000, 125_000, 1_000) * hosei) / 100 * 100);
        return m;
    }

    /** An elderly head's farmland (畑, outside the 市街化区域: no 都市計画税), mostly below the 免税点 on its own. */
    private Map<String, Object> nochi(SplittableRandom r, Setai s) {
        double chiseki = DemoRandom.between(r, 30_000, 150_000, 100) / 100.0;
        Map<String, Object> m = base(s, LocalDate.of(1995, 4, 1), "新規", List.of(Map.of("atenabango", s.nushi())));
        m.put("shozai", "みなみ市大字北原");
        m.put("chiban", chiban(r));
        m.put("chimoku_genkyo", "畑");
        m.put("chimoku_toki", "畑");
        m.put("chiseki", chiseki);
        m.put("hyokagaku", (long) (chiseki * DemoRandom.between(r, 60, 180, 10)));
        m.put("kazei_kubun", "sonota");
        m.put("shigaika_kuiki", false);
        return m;
    }

    private Map<String, Object> kuruma(SplittableRandom r, Setai s, String kubun) {
        YearMonth shodo = YearMonth.of((int) DemoRandom.between(r, 2007, today.getYear() - 1, 1), 1 + r.nextInt(12));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hyoshiki_bango", "みなみ" + (kubun.contains("kamotsu") ? "け" : "あ") + s.setaibango());
        m.put("shashu_kubun", kubun);
        m.put("shodo_kensa_nengetsu", shodo.toString());
        m.put("nenryo", DemoRandom.chance(r, 0.03) ? "denki" : "gasoline");
        m.put("shoyusha_atenabango", s.nushi());
        m.put("idobi", shodo.atDay(1).toString());
        return m;
    }

    private static Map<String, Object> base(Setai s, LocalDate idoBi, String jiyu, List<Map<String, Object>> owners) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ido_bi", idoBi.toString());
        m.put("ido_jiyu", jiyu);
        m.put("shozai", s.jusho());
        m.put("shigaika_kuiki", true);
        m.put("shoyusha", owners);
        return m;
    }

    private static String chiban(SplittableRandom r) {
        return (1 + r.nextInt(3_000)) + "番" + (1 + r.nextInt(30));
    }

    private static Map<String, Object> share(String atenabango, String mochibun) {
        return Map.of("atenabango", atenabango, "mochibun", mochibun);
    }
}
