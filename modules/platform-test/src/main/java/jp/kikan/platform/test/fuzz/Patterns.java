package jp.kikan.platform.test.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string matching a simple pattern of character classes with counts — what identifiers in a contract
 * look like: {@code ^[0-9]{1,15}$}, {@code ^[0-9]{7}$}, {@code ^[A-Z]{2}[0-9]{8}[A-Z]{2}$}.
 */
final class Patterns {

    private static final Pattern PART = Pattern.compile("\\[(.)-.]\\{(\\d+)(?:,(\\d+))?}|\\[(.)-.]([+*]?)");

    private Patterns() {
    }

    static String sample(String regex) {
        String r = regex.replace("^", "").replace("$", "");
        StringBuilder out = new StringBuilder();
        Matcher m = PART.matcher(r);
        int end = 0;
        while (m.find()) {
            out.append(r, end, m.start());
            if (m.group(1) != null) {
                out.append(m.group(1).repeat(Integer.parseInt(m.group(2))));
            } else {
                out.append(m.group(4));
            }
            end = m.end();
        }
        out.append(r.substring(end));
        String s = out.toString();
        if (!Pattern.compile(regex).matcher(s).find()) {
            throw new IllegalArgumentException("cannot make a sample for the pattern " + regex + " (give one by name)");
        }
        return s;
    }
}
