package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented CSV of 給与支払報告書 (個人別明細書) rows ({@link HokokuCsv}: UTF-8, a header line, one employee per
 * line). The national electronic layout (eLTAX) is not public item by item, so the file carries the same items by the
 * romanized names of this service's contract:
 *
 * <pre>nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,kyuyo_shunyu,shakai_hokenryo,shokibo_kigyo_kyosai_kakekin[,shiteibango,futsu_choshu_riyu]</pre>
 *
 * {@code shiteibango} is the 特別徴収義務者指定番号 the municipality gave the employer (may be empty);
 * {@code futsu_choshu_riyu} the 普通徴収切替理由 of the 全国統一 criteria (A–F, or 普A–普F): empty means the employer
 * collects the tax from the salary (給与所得に係る特別徴収, 地方税法第321条の3・第321条の4).
 *
 * {@code nendo} is the 年度 taxed (西暦: 2026 for 令和7年分 salaries), {@code seinengappi} 西暦 YYYY-MM-DD, amounts in
 * yen (支払金額; 社会保険料等の金額, which includes the うち小規模企業共済等掛金 of the next column, as on the 源泉徴収票); {@code kojinbango} and {@code shimei_furigana} may be
 * empty. A line that breaks a rule is reported with its number and field and left out; the others are read.
 * Text is kept exactly as written (names are never normalized).
 */
public final class KyuyoHokokuCsv {

    public static final HokokuCsv.Yoshiki YOSHIKI = new HokokuCsv.Yoshiki(List.of("nendo", "shiharaisha_meisho",
            "kojinbango", "shimei", "shimei_furigana", "seinengappi", "jusho", "kyuyo_shunyu", "shakai_hokenryo",
            "shokibo_kigyo_kyosai_kakekin", "shiteibango", "futsu_choshu_riyu"),
            List.of("nendo", "shiharaisha_meisho", "shimei", "seinengappi", "jusho", "kyuyo_shunyu"));
    private static final Pattern SHITEIBANGO = Pattern.compile("[0-9A-Za-z-]{1,20}");
    private static final Pattern KIRIKAE = Pattern.compile("普?([A-F])");

    private KyuyoHokokuCsv() {
    }

    /** One employee's report. */
    public record Gyo(int lineNo, int nendo, String shiharaishaMeisho, String kojinbango, String shimei,
            String shimeiFurigana, LocalDate seinengappi, String jusho, long kyuyoShunyu, long shakaiHokenryo,
            long shokiboKigyoKyosaiKakekin, String shiteibango, String futsuChoshuRiyu) implements HokokuGyo {

        /** Whether the employer collects this employee's tax from the salary (no 普通徴収切替理由 given). */
        public boolean tokubetsuChoshu() {
            return futsuChoshuRiyu == null;
        }
    }

    public static HokokuCsv.Result<Gyo> read(String text) {
        return HokokuCsv.read(text, YOSHIKI, KyuyoHokokuCsv::gyo);
    }

    private static Gyo gyo(HokokuCsv.Cells c) {
        int nendo = c.nendo();
        String kojinbango = c.kojinbango();
        LocalDate birth = c.date("seinengappi");
        long kyuyo = c.amount("kyuyo_shunyu", true);
        long shakai = c.amount("shakai_hokenryo", false);
        long shokibo = c.amount("shokibo_kigyo_kyosai_kakekin", false);
        String meisho = c.text("shiharaisha_meisho", true);
        String shimei = c.text("shimei", true);
        String jusho = c.text("jusho", true);
        String shiteibango = c.text("shiteibango", false);
        if (shiteibango != null && !SHITEIBANGO.matcher(shiteibango).matches()) {
            c.error("shiteibango", "特別徴収義務者指定番号は英数字とハイフン20文字以内です");
        }
        String kirikae = c.text("futsu_choshu_riyu", false);
        Matcher riyu = kirikae == null ? null : KIRIKAE.matcher(kirikae);
        if (riyu != null && !riyu.matches()) {
            c.error("futsu_choshu_riyu", "普通徴収切替理由は A〜F (普A〜普F) のいずれかです (" + kirikae + ")");
        }
        if (c.failed()) {
            return null;
        }
        return new Gyo(c.no(), nendo, meisho, kojinbango, shimei, c.text("shimei_furigana", false), birth, jusho, kyuyo,
                shakai, shokibo, shiteibango, riyu == null ? null : riyu.group(1));
    }
}
