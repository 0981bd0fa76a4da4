package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documented CSV of 給与支払報告書 (個人別明細書) rows, UTF-8, one header line naming the columns (in any
 * order) and one employee per line. The national electronic layout (eLTAX) is not public item by item, so the
 * file carries the same items by the romanized names of this service's contract:
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

    public static final List<String> COLUMNS = List.of("nendo", "shiharaisha_meisho", "kojinbango", "shimei",
            "shimei_furigana", "seinengappi", "jusho", "kyuyo_shunyu", "shakai_hokenryo", "shokibo_kigyo_kyosai_kakekin",
            "shiteibango", "futsu_choshu_riyu");
    private static final List<String> REQUIRED = List.of("nendo", "shiharaisha_meisho", "shimei", "seinengappi", "jusho",
            "kyuyo_shunyu");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern KOJINBANGO = Pattern.compile("[0-9]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern SHITEIBANGO = Pattern.compile("[0-9A-Za-z-]{1,20}");
    private static final Pattern KIRIKAE = Pattern.compile("普?([A-F])");

    private KyuyoHokokuCsv() {
    }

    /** One employee's report. */
    public record Gyo(int lineNo, int nendo, String shiharaishaMeisho, String kojinbango, String shimei,
            String shimeiFurigana, LocalDate seinengappi, String jusho, long kyuyoShunyu, long shakaiHokenryo,
            long shokiboKigyoKyosaiKakekin, String shiteibango, String futsuChoshuRiyu) {

        /** Whether the employer collects this employee's tax from the salary (no 普通徴収切替理由 given). */
        public boolean tokubetsuChoshu() {
            return futsuChoshuRiyu == null;
        }
    }

    /** A refused line: its number (the header is line 1), the column and why. */
    public record Error(int line, String field, String message) {
    }

    public record Result(List<Gyo> gyo, List<Error> errors, int lines) {
    }

    public static Result read(String text) {
        List<List<String>> lines = Csv.parse(text);
        List<Error> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Result(List.of(), List.of(new Error(1, "csv", "ファイルが空です")), 0);
        }
        List<String> header = lines.get(0);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!COLUMNS.contains(name)) {
                errors.add(new Error(1, name, "列「" + name + "」はこの様式にありません"));
            }
            at.put(name, i);
        }
        for (String c : REQUIRED) {
            if (!at.containsKey(c)) {
                errors.add(new Error(1, c, "必須の列「" + c + "」がありません"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors, lines.size() - 1);
        }
        List<Gyo> gyo = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            Line l = new Line(n + 1, lines.get(n), at, header.size(), errors);
            Gyo g = l.read();
            if (g != null) {
                gyo.add(g);
            }
        }
        return new Result(gyo, errors, lines.size() - 1);
    }

    private record Line(int no, List<String> cells, Map<String, Integer> at, int width, List<Error> errors) {

        Gyo read() {
            int before = errors.size();
            if (cells.size() != width) {
                errors.add(new Error(no, "csv", "列の数が見出しと違います (" + cells.size() + " / " + width + ")"));
                return null;
            }
            String nendo = text("nendo", true);
            if (nendo != null && !nendo.matches("20[0-9]{2}")) {
                errors.add(new Error(no, "nendo", "年度は西暦4桁で入力してください (例: 2026)"));
            }
            String kojinbango = text("kojinbango", false);
            if (kojinbango != null && !KOJINBANGO.matcher(kojinbango).matches()) {
                errors.add(new Error(no, "kojinbango", "個人番号は12桁の数字です"));
            }
            LocalDate birth = date("seinengappi");
            long kyuyo = amount("kyuyo_shunyu", true);
            long shakai = amount("shakai_hokenryo", false);
            long shokibo = amount("shokibo_kigyo_kyosai_kakekin", false);
            String meisho = text("shiharaisha_meisho", true);
            String shimei = text("shimei", true);
            String jusho = text("jusho", true);
            String shiteibango = text("shiteibango", false);
            if (shiteibango != null && !SHITEIBANGO.matcher(shiteibango).matches()) {
                errors.add(new Error(no, "shiteibango", "特別徴収義務者指定番号は英数字とハイフン20文字以内です"));
            }
            String kirikae = text("futsu_choshu_riyu", false);
            java.util.regex.Matcher riyu = kirikae == null ? null : KIRIKAE.matcher(kirikae);
            if (riyu != null && !riyu.matches()) {
                errors.add(new Error(no, "futsu_choshu_riyu", "普通徴収切替理由は A〜F (普A〜普F) のいずれかです (" + kirikae + ")"));
            }
            if (errors.size() > before) {
                return null;
            }
            return new Gyo(no, Integer.parseInt(nendo), meisho, kojinbango, shimei, text("shimei_furigana", false), birth,
                    jusho, kyuyo, shakai, shokibo, shiteibango, riyu == null ? null : riyu.group(1));
        }

        private String text(String column, boolean required) {
            Integer i = at.get(column);
            String v = i == null ? "" : cells.get(i);
            if (v.isBlank()) {
                if (required) {
                    errors.add(new Error(no, column, "「" + column + "」は必須です"));
                }
                return null;
            }
            if (v.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
                errors.add(new Error(no, column, "制御文字は使えません"));
                return null;
            }
            return v.strip();
        }

        private long amount(String column, boolean required) {
            String v = text(column, required);
            if (v == null) {
                return 0;
            }
            if (!DIGITS.matcher(v).matches()) {
                errors.add(new Error(no, column, "金額は0以上の整数 (円) で入力してください (" + v + ")"));
                return 0;
            }
            return Long.parseLong(v);
        }

        private LocalDate date(String column) {
            String v = text(column, true);
            if (v == null) {
                return null;
            }
            try {
                if (!DATE.matcher(v).matches()) {
                    throw new IllegalArgumentException();
                }
                LocalDate d = LocalDate.parse(v);
                if (d.getYear() < 1868) {
                    throw new IllegalArgumentException();
                }
                return d;
            } catch (RuntimeException e) {
                errors.add(new Error(no, column, "「" + v + "」は日付 (西暦 YYYY-MM-DD) として存在しません"));
                return null;
            }
        }
    }
}
