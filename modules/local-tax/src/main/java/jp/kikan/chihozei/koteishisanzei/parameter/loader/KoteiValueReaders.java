package jp.kikan.chihozei.koteishisanzei.parameter.loader;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParameterId;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;

/** Turns the {@code value} of a parameter entry into its typed value, refusing a wrong shape where it is. */
final class KoteiValueReaders {

    private KoteiValueReaders() {
    }

    static Object read(KoteiParameterId id, Yomi v) {
        return switch (id) {
            case HYOJUN_ZEIRITSU, ZEIRITSU, TOSHI_KEIKAKU_SEIGEN_ZEIRITSU, TOSHI_KEIKAKU_ZEIRITSU -> v.ritsu();
            case KAZEI_HYOJUN_HASU, ZEIGAKU_HASU -> v.hasu();
            case MENZEITEN -> {
                v.only("tochi", "kaoku", "shokyaku_shisan");
                yield new KoteiParams.Menzeiten(v.get("tochi").whole(0), v.get("kaoku").whole(0),
                        v.get("shokyaku_shisan").whole(0));
            }
            case JUTAKU_YOCHI_TOKUREI -> {
                v.only("shokibo_menseki", "kotei_shokibo", "kotei_ippan", "toshi_shokibo", "toshi_ippan", "yuka_menseki_bairitsu");
                yield new KoteiParams.JutakuYochiTokurei(v.get("shokibo_menseki").whole(1), v.get("kotei_shokibo").ritsu(),
                        v.get("kotei_ippan").ritsu(), v.get("toshi_shokibo").ritsu(), v.get("toshi_ippan").ritsu(),
                        v.get("yuka_menseki_bairitsu").whole(1));
            }
            case FUTAN_CHOSEI_JUTAKU -> {
                v.only("zoka_ritsu", "kagen_ritsu", "sueoki");
                yield new KoteiParams.FutanChoseiJutaku(v.get("zoka_ritsu").ritsu(), v.get("kagen_ritsu").ritsu(),
                        v.get("sueoki").bool());
            }
            case FUTAN_CHOSEI_SHOGYO -> {
                v.only("jogen_ritsu", "sueoki_kagen", "zoka_ritsu", "kagen_ritsu", "sueoki");
                yield new KoteiParams.FutanChoseiShogyo(v.get("jogen_ritsu").ritsu(), v.get("sueoki_kagen").ritsu(),
                        v.get("zoka_ritsu").ritsu(), v.get("kagen_ritsu").ritsu(), v.get("sueoki").bool());
            }
            case SHINCHIKU_JUTAKU_GENGAKU -> shinchiku(v);
            case SHOKYAKU_HYOKA -> shokyakuHyoka(v);
            case NOKI -> {
                v.only("tsuki", "hasu_tani");
                List<Integer> tsuki = new ArrayList<>();
                for (Yomi t : v.get("tsuki").list()) {
                    long m = t.whole(1);
                    if (m > 12 || tsuki.contains((int) m)) {
                        throw t.error("a month 1〜12, each once: " + m);
                    }
                    tsuki.add((int) m);
                }
                if (tsuki.isEmpty()) {
                    throw v.get("tsuki").error("at least one month");
                }
                yield new KoteiParams.Noki(List.copyOf(tsuki), v.get("hasu_tani").whole(1));
            }
            case KOSEI_KIKAN -> {
                v.only("nensu");
                yield new KoteiParams.KoseiKikan((int) v.get("nensu").whole(1));
            }
        };
    }

    /** The 減価率表: one row per 耐用年数, each once, with r and the two 減価残存率 as printed. */
    private static KoteiParams.ShokyakuHyoka shokyakuHyoka(Yomi v) {
        v.only("saitei_gendo", "genka_ritsu");
        java.util.Map<Integer, KoteiParams.GenkaRitsu> rows = new java.util.TreeMap<>();
        for (Yomi r : v.get("genka_ritsu").list()) {
            r.only("taiyo_nensu", "genka_ritsu", "zennenchu", "zennenmae");
            int n = (int) r.get("taiyo_nensu").whole(1);
            if (rows.containsKey(n)) {
                throw r.error("耐用年数 " + n + " twice");
            }
            rows.put(n, new KoteiParams.GenkaRitsu(n, r.get("genka_ritsu").ritsu(), r.get("zennenchu").ritsu(),
                    r.get("zennenmae").ritsu()));
        }
        if (rows.isEmpty()) {
            throw v.get("genka_ritsu").error("at least one 耐用年数");
        }
        return new KoteiParams.ShokyakuHyoka(java.util.Collections.unmodifiableMap(rows), v.get("saitei_gendo").ritsu());
    }

    private static KoteiParams.ShinchikuGengaku shinchiku(Yomi v) {
        List<KoteiParams.ShinchikuKikan> out = new ArrayList<>();
        for (Yomi k : v.list()) {
            k.only("shinchiku_kara", "shinchiku_made", "gengaku_ritsu", "menseki_gendo", "kyoju_menseki_kagen", "kashiya_kagen",
                    "kyoju_menseki_jogen", "kyoju_wariai", "nensu", "chukoso_nensu", "chukoso_kaisu", "hasu", "status", "note");
            KoteiParams.ShinchikuKikan row = new KoteiParams.ShinchikuKikan(k.get("shinchiku_kara").date(),
                    k.get("shinchiku_made").date(), k.get("gengaku_ritsu").ritsu(), k.get("menseki_gendo").whole(1),
                    k.get("kyoju_menseki_kagen").whole(0), k.get("kashiya_kagen").whole(0), k.get("kyoju_menseki_jogen").whole(1),
                    k.get("kyoju_wariai").ritsu(), (int) k.get("nensu").whole(1), (int) k.get("chukoso_nensu").whole(1),
                    (int) k.get("chukoso_kaisu").whole(1), k.get("hasu").hasu(), k.opt("status").map(Yomi::status).orElse(null),
                    k.opt("note").map(Yomi::text).orElse(null));
            if (row.shinchikuMade().isBefore(row.shinchikuKara())) {
                throw k.error("the period ends before it starts");
            }
            for (KoteiParams.ShinchikuKikan o : out) {
                if (!(row.shinchikuMade().isBefore(o.shinchikuKara()) || row.shinchikuKara().isAfter(o.shinchikuMade()))) {
                    throw k.error(row.label() + " overlaps " + o.label());
                }
            }
            out.add(row);
        }
        if (out.isEmpty()) {
            throw v.error("at least one period of construction");
        }
        return new KoteiParams.ShinchikuGengaku(List.copyOf(out));
    }
}
