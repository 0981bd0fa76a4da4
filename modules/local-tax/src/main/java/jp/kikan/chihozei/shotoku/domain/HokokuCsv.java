package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documented CSV of the income reports (給与支払報告書, 公的年金等支払報告書), UTF-8, one header line naming the
 * columns (in any order) and one person per line. A line that breaks a rule is reported with its number and field and
 * left out; the others are read. Text is kept exactly as written (names are never normalized).
 */
public final class HokokuCsv {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern KOJINBANGO = Pattern.compile("[0-9]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private HokokuCsv() {
    }

    /** A refused line: its number (the header is line 1), the column and why. */
    public record Error(int line, String field, String message) {
    }

    public record Result<T>(List<T> gyo, List<Error> errors, int lines) {
    }

    /** The columns of one kind of report. */
    public record Yoshiki(List<String> columns, List<String> required) {
    }

    /** Reads one line's cells into a row, or null when it added errors. */
    @FunctionalInterface
    public interface GyoReader<T> {
        T read(Cells cells);
    }

    public static <T> Result<T> read(String text, Yoshiki yoshiki, GyoReader<T> reader) {
        List<List<String>> lines = Csv.parse(text);
        List<Error> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Result<>(List.of(), List.of(new Error(1, "csv", "ファイルが空です")), 0);
        }
        List<String> header = lines.get(0);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!yoshiki.columns().contains(name)) {
                errors.add(new Error(1, name, "列「" + name + "」はこの様式にありません"));
            }
            at.put(name, i);
        }
        for (String c : yoshiki.required()) {
            if (!at.containsKey(c)) {
                errors.add(new Error(1, c, "必須の列「" + c + "」がありません"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result<>(List.of(), errors, lines.size() - 1);
        }
        List<T> gyo = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> cells = lines.get(n);
            if (cells.size() != header.size()) {
                errors.add(new Error(n + 1, "csv", "列の数が見出しと違います (" + cells.size() + " / " + header.size() + ")"));
                continue;
            }
            Cells c = new Cells(n + 1, cells, at, errors);
            T row = reader.read(c);
            if (row != null && !c.failed()) {
                gyo.add(row);
            }
        }
        return new Result<>(gyo, errors, lines.size() - 1);
    }

    /** The cells of one line, read by column name; every refusal is added to the file's errors. */
    public static final class Cells {
        private final int no;
        private final List<String> cells;
        private final Map<String, Integer> at;
        private final List<Error> errors;
        private final int before;

        Cells(int no, List<String> cells, Map<String, Integer> at, List<Error> errors) {
            this.no = no;
            this.cells = cells;
            this.at = at;
            this.errors = errors;
            this.before = errors.size();
        }

        public int no() {
            return no;
        }

        /** Whether any cell of this line was refused. */
        public boolean failed() {
            return errors.size() > before;
        }

        public void error(String column, String message) {
            errors.add(new Error(no, column, message));
        }

        public String text(String column, boolean required) {
            Integer i = at.get(column);
            String v = i == null ? "" : cells.get(i);
            if (v.isBlank()) {
                if (required) {
                    error(column, "「" + column + "」は必須です");
                }
                return null;
            }
            if (v.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
                error(column, "制御文字は使えません");
                return null;
            }
            return v.strip();
        }

        /** 年度 taxed, 西暦 4 digits; 0 when refused. */
        public int nendo() {
            String v = text("nendo", true);
            if (v != null && !v.matches("20[0-9]{2}")) {
                error("nendo", "年度は西暦4桁で入力してください (例: 2026)");
                return 0;
            }
            return v == null ? 0 : Integer.parseInt(v);
        }

        public String kojinbango() {
            String v = text("kojinbango", false);
            if (v != null && !KOJINBANGO.matcher(v).matches()) {
                error("kojinbango", "個人番号は12桁の数字です");
            }
            return v;
        }

        public long amount(String column, boolean required) {
            String v = text(column, required);
            if (v == null) {
                return 0;
            }
            if (!DIGITS.matcher(v).matches()) {
                error(column, "金額は0以上の整数 (円) で入力してください (" + v + ")");
                return 0;
            }
            return Long.parseLong(v);
        }

        public LocalDate date(String column) {
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
                error(column, "「" + v + "」は日付 (西暦 YYYY-MM-DD) として存在しません");
                return null;
            }
        }
    }
}
