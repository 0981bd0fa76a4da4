package jp.kikan.platform.test.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's result as a Markdown table of measures and values (values right-aligned), optionally followed by more
 * text (further rows already formatted, a table of statements): printed to the test's output under its title and
 * written to a file under {@code target/}.
 */
public final class BenchTable {

    private final String title;
    private final List<String> rows = new ArrayList<>();
    private final StringBuilder after = new StringBuilder();

    public BenchTable(String title) {
        this.title = title;
    }

    /** A row: the measure and its value, the value formatted with {@link String#format(String, Object...)}. */
    public BenchTable row(String measure, String valueFormat, Object... args) {
        rows.add("| " + measure + " | " + String.format(valueFormat, args) + " |");
        return this;
    }

    /** Text after the table's rows, as it is (e.g. rows of the same table already formatted, or another table). */
    public BenchTable after(String text) {
        after.append(text);
        return this;
    }

    /** The table and what follows it. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| measure | value |\n|---|---:|\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.append(after).toString();
    }

    /** Prints the table under its title and writes it to {@code target/<fileName>}; returns the Markdown. */
    public String print(String fileName) throws IOException {
        String report = markdown();
        System.out.println("\n== " + title + " ==\n" + report);
        Path out = Path.of("target", fileName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        return report;
    }
}
