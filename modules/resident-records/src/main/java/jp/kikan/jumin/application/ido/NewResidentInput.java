package jp.kikan.jumin.application.ido;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.jumin.domain.Gaikokujin;
import jp.kikan.jumin.domain.JuminJotai;
import jp.kikan.jumin.domain.JuminKisai;
import jp.kikan.jumin.domain.JuminShubetsu;
import jp.kikan.jumin.domain.Jusho;
import jp.kikan.jumin.domain.Seinengappi;
import jp.kikan.jumin.domain.Shimei;

/** Checks the items of a person being newly recorded (転入, 出生, 職権記載). */
final class NewResidentInput {

    /** Checked items, still without household placement. */
    record Checked(JuminShubetsu shubetsu, Shimei shimei, Seinengappi seinengappi, String seibetsu, String zokugara,
            String honseki, String hittosha, String kojinbango, String juminhyokodo, LocalDate jumintonatta,
            Gaikokujin gaikokujin) {

        JuminKisai toKisai(String setaibango, int junjo, Jusho jusho, LocalDate idobi, String tennyumaejusho) {
            boolean head = jp.kikan.jumin.domain.policy.ZokugaraPolicy.SETAINUSHI.equals(zokugara);
            return new JuminKisai(setaibango, shubetsu, JuminJotai.JUMIN, shimei, seinengappi, seibetsu, head, zokugara,
                    junjo, honseki, hittosha, jusho, jumintonatta == null ? idobi : jumintonatta, idobi, tennyumaejusho,
                    null, kojinbango, juminhyokodo, gaikokujin);
        }
    }

    private NewResidentInput() {
    }

    static Checked check(IdoInput in, String f, Commands.ShinkiJumin m) {
        if (m == null) {
            in.crossField(f, "required", f + " は必須です");
            return null;
        }
        String shubetsuCode = in.code(f + ".jumin_shubetsu", m.juminShubetsu() == null ? "nihonjin" : m.juminShubetsu(),
                List.of("nihonjin", "gaikokujin"), true);
        JuminShubetsu shubetsu = "gaikokujin".equals(shubetsuCode) ? JuminShubetsu.GAIKOKUJIN : JuminShubetsu.NIHONJIN;
        Shimei shimei = new Shimei(in.text(f + ".shimei", m.shimei(), 100, true),
                in.katakana(f + ".shimei_furigana", m.shimeiFurigana(), 100, true),
                in.text(f + ".uji_nihonjin", m.ujiNihonjin(), 50, false),
                in.text(f + ".na_nihonjin", m.naNihonjin(), 50, false),
                in.text(f + ".kyuji", m.kyuji(), 50, false),
                in.katakana(f + ".kyuji_furigana", m.kyujiFurigana(), 50, false));
        LocalDate birth = in.date(f + ".seinengappi", m.seinengappi(), false);
        String fusho = in.text(f + ".seinengappi_fushohyoki", m.seinengappiFushohyoki(), 72, false);
        if (m.seinengappi() == null && fusho == null) {
            in.crossField(f + ".seinengappi", "required", "生年月日または生年月日の不詳表記が必要です");
        }
        String seibetsu = in.code(f + ".seibetsu", m.seibetsu(), List.of("0", "1", "2"), true);
        String zokugara = in.zokugara(f + ".zokugara", m.zokugara());
        Gaikokujin g = shubetsu == JuminShubetsu.GAIKOKUJIN ? in.gaikokujin(f + ".gaikokujin", m.gaikokujin()) : null;
        String honseki = in.text(f + ".honseki", m.honseki(), 200, false);
        if (shubetsu == JuminShubetsu.GAIKOKUJIN && honseki != null) {
            in.crossField(f + ".honseki", "honseki-nihonjin-only", "外国人住民には本籍を記載しません");
        }
        return new Checked(shubetsu, shimei, new Seinengappi(birth, fusho), seibetsu, zokugara, honseki,
                in.text(f + ".hittosha", m.hittosha(), 100, false),
                in.kojinbango(f + ".kojinbango", m.kojinbango()),
                in.juminhyokodo(f + ".juminhyokodo", m.juminhyokodo()),
                in.date(f + ".jumintonattanengappi", m.jumintonattanengappi(), false), g);
    }
}
