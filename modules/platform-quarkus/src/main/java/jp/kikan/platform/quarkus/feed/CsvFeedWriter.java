package jp.kikan.platform.quarkus.feed;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The file link of 庁内データ連携 (the standard's basic method: UTF-8 CSV, comma separated, 全件 or 差分):
 * one row per item, the columns the romanized item names, in the order of the item's record. Values are
 * written as they are (never normalized); a value holding a comma, a quote or a line break is quoted
 * (RFC 4180), dates as YYYY-MM-DD, an absent value as an empty field.
 */
public final class CsvFeedWriter<T extends Record> {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private final RecordComponent[] components;
    private final Writer out;

    public CsvFeedWriter(Class<T> type, Writer out) {
        this.components = type.getRecordComponents();
        this.out = out;
    }

    public static List<String> columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> SNAKE.translate(c.getName())).toList();
    }

    public void header() throws IOException {
        List<String> names = Arrays.stream(components).map(c -> SNAKE.translate(c.getName())).toList();
        out.write(String.join(",", names));
        out.write("\r\n");
    }

    public void row(T item) throws IOException {
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v;
            try {
                v = components[i].getAccessor().invoke(item);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i].getName(), e);
            }
            out.write(field(v));
        }
        out.write("\r\n");
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
