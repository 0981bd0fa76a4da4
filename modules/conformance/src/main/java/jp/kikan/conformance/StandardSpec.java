package jp.kikan.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The machine-readable standard of one service: {@code standard-specs/<service>/functions.csv} and {@code data-items.csv}. */
public record StandardSpec(String service, List<Function> functions, List<DataItem> dataItems) {

    public static final String MANDATORY = "実装必須";
    public static final String OPTIONAL = "標準オプション";
    public static final String PROHIBITED = "実装不可";

    /** One row of functions.csv. */
    public record Function(String functionId, String section, String nameJa, String functionClass,
            String specDocument, String specVersion, String source, String kikanFeature) {

        /** Key by document, version and section (the official 機能ID is usually unknown). */
        public String key() {
            String id = "unknown".equals(functionId) || functionId.isBlank() ? "" : functionId + " ";
            return id + specDocument + " " + specVersion + " " + section;
        }
    }

    /** One row of data-items.csv. */
    public record DataItem(String itemId, String nameJa, String romaji, String type, String length,
            String required, String group, String codeTable, String source) {}

    public static StandardSpec load(Path serviceDir) {
        String service = serviceDir.getFileName().toString();
        List<Function> functions = new ArrayList<>();
        Path fcsv = serviceDir.resolve("functions.csv");
        if (Files.isRegularFile(fcsv)) {
            for (Map<String, String> r : Csv.read(fcsv)) {
                functions.add(new Function(v(r, "function_id"), v(r, "section"), v(r, "name_ja"), v(r, "class"),
                        v(r, "spec_document"), v(r, "spec_version"), v(r, "source"), v(r, "kikan_feature")));
            }
        }
        List<DataItem> items = new ArrayList<>();
        Path dcsv = serviceDir.resolve("data-items.csv");
        if (Files.isRegularFile(dcsv)) {
            for (Map<String, String> r : Csv.read(dcsv)) {
                items.add(new DataItem(v(r, "item_id"), v(r, "name_ja"), v(r, "romaji"), v(r, "type"), v(r, "length"),
                        v(r, "required"), v(r, "group"), v(r, "code_table"), v(r, "source")));
            }
        }
        return new StandardSpec(service, functions, items);
    }

    /** Every service under standard-specs/, keyed by directory name. */
    public static Map<String, StandardSpec> loadAll(Path root) {
        Map<String, StandardSpec> out = new LinkedHashMap<>();
        for (Path dir : Repo.specServices(root)) {
            StandardSpec s = load(dir);
            out.put(s.service(), s);
        }
        return out;
    }

    public Optional<DataItem> itemByName(String nameJa) {
        return dataItems.stream().filter(i -> i.nameJa().equals(nameJa)).findFirst();
    }

    /** All kikan_feature keys (any class). */
    public Set<String> features() {
        Set<String> s = new LinkedHashSet<>();
        functions.forEach(f -> s.add(f.kikanFeature()));
        return s;
    }

    /** Features whose every row is 実装不可: a contract must not implement them. */
    public Set<String> prohibitedFeatures() {
        Set<String> s = new LinkedHashSet<>();
        for (String f : features()) {
            if (functions.stream().filter(x -> x.kikanFeature().equals(f))
                    .allMatch(x -> PROHIBITED.equals(x.functionClass()))) {
                s.add(f);
            }
        }
        return s;
    }

    private static String v(Map<String, String> r, String k) {
        String s = r.get(k);
        return s == null ? "" : s.trim();
    }
}
