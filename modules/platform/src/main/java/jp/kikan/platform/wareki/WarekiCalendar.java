package jp.kikan.platform.wareki;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.time.PlausibleDates;

/**
 * Converts between 西暦 ({@link LocalDate}) and 和暦 using a 元号 table that is DATA.
 *
 * <p>住民記録システム標準仕様書 keeps 和暦 for Japanese 生年月日 and requires a 元号 change to be made by
 * parameter (第1.0版 第3章 §1.1.1 and §1.3.6, extract GitHub AkihiraYOSHIMOTO/jyuki-stnd doc/j10.txt and doc/j280.txt
 * @1e87b02b), so {@link #standard()} reads the bundled {@code gengo.csv} plus any
 * 元号 given in configuration; no code change is needed for the next 改元. Data links themselves use
 * 西暦 (YYYY-MM-DD), which {@link #parse(String)} also accepts.
 *
 * <p>Limitation: conversion uses the proleptic Gregorian calendar. Japan adopted it on 明治6年1月1日
 * (明治5年太政官布告第337号); 和暦 dates of 明治元年〜明治5年 in original records are lunisolar and are
 * not converted faithfully. No living resident is affected.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WarekiCalendar {

    private static final Pattern SEIREKI = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final Pattern KANJI = Pattern.compile("(\\D+?)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern NUMERIC = Pattern.compile("([A-Za-z]+|\\D+?)(\\d{1,2})[./](\\d{1,2})[./](\\d{1,2})");

    private final List<Gengo> gengos;

    private WarekiCalendar(List<Gengo> gengos) {
        List<Gengo> sorted = new ArrayList<>(gengos);
        sorted.sort(Comparator.comparing(Gengo::start));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                requireDistinct(sorted.get(i), sorted.get(j));
            }
        }
        this.gengos = List.copyOf(sorted);
    }

    /** Bundled 元号 table plus the configured additional 元号 (system property, else env var). */
    public static WarekiCalendar standard() {
        List<Gengo> all = new ArrayList<>(GengoTable.bundled());
        all.addAll(GengoTable.parseSpec(GengoTable.configuredSpec()));
        return new WarekiCalendar(all);
    }

    /** A calendar over exactly the given 元号 (any order). */
    public static WarekiCalendar of(List<Gengo> gengos) {
        Objects.requireNonNull(gengos, "gengos");
        if (gengos.isEmpty()) {
            throw new IllegalArgumentException("at least one 元号 is required");
        }
        return new WarekiCalendar(gengos);
    }

    /**
     * Parses additional 元号 in the configuration format {@code name:romaji:abbr:YYYY-MM-DD;...}.
     * Exposed so deployment checks can validate a value before it is rolled out.
     */
    public static List<Gengo> parseGengoSpec(String spec) {
        return List.copyOf(GengoTable.parseSpec(spec));
    }

    /** A new calendar with one more 元号; this one is unchanged. */
    public WarekiCalendar withGengo(Gengo gengo) {
        List<Gengo> all = new ArrayList<>(gengos);
        all.add(Objects.requireNonNull(gengo, "gengo"));
        return new WarekiCalendar(all);
    }

    /** 元号 in chronological order. */
    public List<Gengo> gengoList() {
        return gengos;
    }

    /** Finds a 元号 by kanji name, romaji or abbreviation (the latter two case-insensitive). */
    public Optional<Gengo> findGengo(String nameRomajiOrAbbreviation) {
        if (nameRomajiOrAbbreviation == null) {
            return Optional.empty();
        }
        String key = nameRomajiOrAbbreviation.strip();
        return gengos.stream()
                .filter(g -> g.name().equals(key) || g.romaji().equalsIgnoreCase(key)
                        || g.abbreviation().equalsIgnoreCase(key))
                .findFirst();
    }

    /** @throws IllegalArgumentException if the date is before the first 元号 in the table */
    public WarekiDate toWareki(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = gengos.size() - 1; i >= 0; i--) {
            Gengo g = gengos.get(i);
            if (!date.isBefore(g.start())) {
                return new WarekiDate(g, date.getYear() - g.start().getYear() + 1, date.getMonthValue(),
                        date.getDayOfMonth());
            }
        }
        throw new IllegalArgumentException(date + " is before the first 元号 (" + gengos.get(0).name() + " "
                + gengos.get(0).start() + ")");
    }

    /**
     * 和暦 → 西暦, rejecting dates that never existed: year 0, 2月30日, a day before the 元号 began
     * (令和元年4月1日) or on/after the next 元号 began (平成31年5月1日, 平成32年).
     *
     * @param gengoName kanji name, romaji or abbreviation
     * @throws InvalidWarekiDateException if the date does not exist
     */
    public LocalDate toSeireki(String gengoName, int year, int month, int day) {
        Gengo gengo = findGengo(gengoName)
                .orElseThrow(() -> new InvalidWarekiDateException("未知の元号です: " + gengoName));
        String text = gengo.name() + year + "年" + month + "月" + day + "日";
        if (year < 1) {
            throw new InvalidWarekiDateException("和暦の年は1(元年)以上です: " + text);
        }
        LocalDate date;
        try {
            date = LocalDate.of(gengo.start().getYear() + year - 1, month, day);
        } catch (DateTimeException e) {
            throw new InvalidWarekiDateException("存在しない日付です: " + text, e);
        }
        if (date.isBefore(gengo.start())) {
            throw new InvalidWarekiDateException(text + " は" + gengo.name() + "の開始(" + gengo.start() + ")より前です");
        }
        Optional<Gengo> next = next(gengo);
        if (next.isPresent() && !date.isBefore(next.get().start())) {
            throw new InvalidWarekiDateException(text + " は" + next.get().name() + "の開始("
                    + next.get().start() + ")以降です");
        }
        return date;
    }

    /**
     * Parses 「令和元年5月1日」, 「令和6年4月1日」, 「R6.4.1」, 「H31.04.30」 and 西暦 「2024-04-01」
     * (also 2024/04/01 and 2024年4月1日). Full-width digits/letters and 元号 ligatures (㋿, ㍻) are
     * accepted via NFKC normalisation because hand-typed and scanned input commonly contains them.
     *
     * <p>Every date it returns lies in {@link PlausibleDates} (1868-01-01 … 2999-12-31): year 0000 or 9999
     * is refused here, once, for every field of every service.
     *
     * @throws InvalidWarekiDateException if the text is not a date, the date does not exist or is not plausible
     */
    public LocalDate parse(String text) {
        LocalDate date = parseAny(text);
        if (!PlausibleDates.isPlausible(date)) {
            throw new InvalidWarekiDateException("日付は" + PlausibleDates.EARLIEST + "から" + PlausibleDates.LATEST
                    + "までです: " + text);
        }
        return date;
    }

    private LocalDate parseAny(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidWarekiDateException("日付が空です");
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher m = SEIREKI.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
            } catch (DateTimeException e) {
                throw new InvalidWarekiDateException("存在しない日付です: " + text, e);
            }
        }
        m = KANJI.matcher(s);
        if (!m.matches()) {
            m = NUMERIC.matcher(s);
            if (!m.matches()) {
                throw new InvalidWarekiDateException("日付として解釈できません: " + text);
            }
        }
        int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        return toSeireki(m.group(1), year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** 西暦 → 「令和元年5月1日」. */
    public String format(LocalDate date) {
        return toWareki(date).toString();
    }

    private Optional<Gengo> next(Gengo gengo) {
        int i = gengos.indexOf(gengo);
        return i + 1 < gengos.size() ? Optional.of(gengos.get(i + 1)) : Optional.empty();
    }

    private static void requireDistinct(Gengo a, Gengo b) {
        if (a.name().equals(b.name()) || a.romaji().equalsIgnoreCase(b.romaji())
                || a.abbreviation().equalsIgnoreCase(b.abbreviation()) || a.start().equals(b.start())) {
            throw new IllegalArgumentException("元号 clash (name, romaji, abbreviation and start must be unique): "
                    + a + " / " + b);
        }
    }

    @Override
    public String toString() {
        return "WarekiCalendar" + gengos.stream().map(g -> g.name() + "@" + g.start()).toList();
    }
}
