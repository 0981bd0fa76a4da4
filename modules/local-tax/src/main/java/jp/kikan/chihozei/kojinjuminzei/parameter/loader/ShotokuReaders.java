package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.parameter.BracketTable;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojoParams;
import jp.kikan.chihozei.kojinjuminzei.parameter.ShotokuParams;

/** Typed values of the 所得 and 所得控除 parameters (shotoku.yaml, shotoku-kojo.yaml). */
final class ShotokuReaders {

    private ShotokuReaders() {
    }

    static BracketTable<ShotokuParams.KyuyoShotokuRow> kyuyoShotoku(Node v) {
        return Tables.table(v, ShotokuReaders::kyuyoRow, "shotoku", "kojo", "rate", "add", "yonbun_no_ichi_tani");
    }

    private static ShotokuParams.KyuyoShotokuRow kyuyoRow(Node row) {
        int kinds = (row.has("shotoku") ? 1 : 0) + (row.has("kojo") ? 1 : 0) + (row.has("rate") ? 1 : 0);
        if (kinds != 1) {
            throw row.error("a row has exactly one of shotoku, kojo or rate (+ add)");
        }
        if (row.has("shotoku")) {
            return new ShotokuParams.Kotei(row.get("shotoku").asLong());
        }
        if (row.has("kojo")) {
            return new ShotokuParams.Kojo(row.get("kojo").asLong());
        }
        return new ShotokuParams.Sanshiki(row.get("rate").asRitsu(), row.get("add").asLong(),
                row.opt("yonbun_no_ichi_tani").map(Node::asLong).orElse(null));
    }

    static ShotokuParams.RateAdd rateAdd(Node row) {
        return new ShotokuParams.RateAdd(row.get("rate").asRitsu(), row.get("add").asLong());
    }

    static ShotokuParams.NenkinKojo nenkinKojo(Node v) {
        v.allowOnly("ijo_nenrei", "miman", "ijo", "hoka_shotoku_chosei");
        return new ShotokuParams.NenkinKojo(v.get("ijo_nenrei").asInt(),
                Tables.table(v.get("miman"), ShotokuReaders::rateAdd, "rate", "add"),
                Tables.table(v.get("ijo"), ShotokuReaders::rateAdd, "rate", "add"),
                Tables.table(v.get("hoka_shotoku_chosei"), r -> r.get("gengaku").asLong(), "gengaku"));
    }

    static ShotokuParams.ChoseiKojoKosodate choseiKojoKosodate(Node v) {
        v.allowOnly("kijun", "jogen", "rate", "fuyo_nenrei_miman", "hasu");
        return new ShotokuParams.ChoseiKojoKosodate(v.get("kijun").asLong(), v.get("jogen").asLong(),
                v.get("rate").asRitsu(), v.get("fuyo_nenrei_miman").asInt(), v.get("hasu").asHasu());
    }

    static ShotokuParams.ChoseiKojoKyuyoNenkin choseiKojoKyuyoNenkin(Node v) {
        v.allowOnly("jogen", "kojo");
        return new ShotokuParams.ChoseiKojoKyuyoNenkin(v.get("jogen").asLong(), v.get("kojo").asLong());
    }

    static BracketTable<Long> kisoKojo(Node v) {
        return Tables.table(v, r -> r.get("kojo").asLong(), "kojo");
    }

    static KojoParams.IppanRojin ippanRojin(Node row) {
        return new KojoParams.IppanRojin(row.get("ippan").asLong(), row.get("rojin").asLong());
    }

    static KojoParams.HaigushaKojo haigushaKojo(Node v) {
        v.allowOnly("rojin_nenrei", "honnin");
        return new KojoParams.HaigushaKojo(v.get("rojin_nenrei").asInt(),
                Tables.table(v.get("honnin"), ShotokuReaders::ippanRojin, "ippan", "rojin"));
    }

    static KojoParams.HaigushaTokubetsuKojo haigushaTokubetsuKojo(Node v) {
        v.allowOnly("honnin_jogen", "haigusha");
        List<Long> jogen = Tables.longs(v.get("honnin_jogen"));
        BracketTable<List<Long>> rows = Tables.table(v.get("haigusha"), r -> columns(r.get("kojo"), jogen.size()), "kojo");
        return new KojoParams.HaigushaTokubetsuKojo(jogen, rows);
    }

    /** A list of one amount per taxpayer column. */
    static List<Long> columns(Node list, int size) {
        List<Long> out = Tables.longs(list);
        if (out.size() != size) {
            throw list.error("expected " + size + " amounts (one per column), found " + out.size());
        }
        return out;
    }

    static KojoParams.FuyoKojo fuyoKojo(Node v) {
        v.allowOnly("kubun", "dokyo_roshin");
        return new KojoParams.FuyoKojo(Tables.table(v.get("kubun"),
                r -> new KojoParams.FuyoKubun(r.get("kubun").asText(), r.get("kojo").asLong()), "kubun", "kojo"),
                v.get("dokyo_roshin").asLong());
    }

    static KojoParams.TokuteiShinzoku tokuteiShinzoku(Node v) {
        if (!v.get("tekiyo").asBoolean()) {
            v.allowOnly("tekiyo");
            return KojoParams.TokuteiShinzoku.notApplicable();
        }
        v.allowOnly("tekiyo", "nenrei", "shinzoku");
        Node nenrei = v.get("nenrei").allowOnly("from", "to");
        return new KojoParams.TokuteiShinzoku(true, nenrei.get("from").asInt(), nenrei.get("to").asInt(),
                Tables.table(v.get("shinzoku"), r -> r.get("kojo").asLong(), "kojo"));
    }

    static KojoParams.ShogaishaKojo shogaishaKojo(Node v) {
        v.allowOnly("shogaisha", "tokubetsu_shogaisha", "dokyo_tokubetsu_shogaisha");
        return new KojoParams.ShogaishaKojo(v.get("shogaisha").asLong(), v.get("tokubetsu_shogaisha").asLong(),
                v.get("dokyo_tokubetsu_shogaisha").asLong());
    }

    static KojoParams.KafuKojo kafuKojo(Node v) {
        v.allowOnly("kojo", "gokei_shotoku_jogen");
        return new KojoParams.KafuKojo(v.get("kojo").asLong(), v.get("gokei_shotoku_jogen").asLong());
    }

    static KojoParams.HitorioyaKojo hitorioyaKojo(Node v) {
        v.allowOnly("kojo", "gokei_shotoku_jogen", "ko_soshotoku_jogen");
        return new KojoParams.HitorioyaKojo(v.get("kojo").asLong(), v.get("gokei_shotoku_jogen").asLong(),
                v.get("ko_soshotoku_jogen").asLong());
    }

    static KojoParams.KinroGakuseiKojo kinroGakuseiKojo(Node v) {
        v.allowOnly("kojo", "gokei_shotoku_jogen");
        return new KojoParams.KinroGakuseiKojo(v.get("kojo").asLong(), v.get("gokei_shotoku_jogen").asLong());
    }

    static KojoParams.SeimeiHokenryo seimeiHokenryo(Node v) {
        v.allowOnly("shin", "kyu", "shin_kyu_heiyo_jogen", "gokei_jogen", "hasu");
        return new KojoParams.SeimeiHokenryo(Tables.table(v.get("shin"), ShotokuReaders::rateAdd, "rate", "add"),
                Tables.table(v.get("kyu"), ShotokuReaders::rateAdd, "rate", "add"),
                v.get("shin_kyu_heiyo_jogen").asLong(), v.get("gokei_jogen").asLong(), v.get("hasu").asHasu());
    }

    static KojoParams.JishinHokenryo jishinHokenryo(Node v) {
        v.allowOnly("rate", "jogen", "hasu");
        return new KojoParams.JishinHokenryo(v.get("rate").asRitsu(), v.get("jogen").asLong(), v.get("hasu").asHasu());
    }

    static KojoParams.IryohiKojo iryohiKojo(Node v) {
        v.allowOnly("ashikiri_gaku", "ashikiri_rate", "jogen", "hasu");
        return new KojoParams.IryohiKojo(v.get("ashikiri_gaku").asLong(), v.get("ashikiri_rate").asRitsu(),
                v.get("jogen").asLong(), v.get("hasu").asHasu());
    }

    static KojoParams.ZassonKojo zassonKojo(Node v) {
        v.allowOnly("ashikiri_rate", "saigai_ashikiri", "hasu");
        return new KojoParams.ZassonKojo(v.get("ashikiri_rate").asRitsu(), v.get("saigai_ashikiri").asLong(),
                v.get("hasu").asHasu());
    }
}
