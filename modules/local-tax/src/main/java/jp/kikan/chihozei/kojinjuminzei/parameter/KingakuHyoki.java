package jp.kikan.chihozei.kojinjuminzei.parameter;

/**
 * The engine's wording of amounts in its 算定根拠 (1,628,000), and {@link String#format} for the few conversions the
 * engine writes — {@code %,d}, {@code %d}, {@code %s}, {@code %%} — with the same text, at a fraction of the cost
 * (an annual assessment words some thirty values a taxpayer). Any other conversion is refused.
 */
public final class KingakuHyoki {

    private KingakuHyoki() {
    }

    /** {@code String.format("%,d", amount)}: digits grouped by three with commas. */
    public static String kanma(long amount) {
        return append(new StringBuilder(16), amount).toString();
    }

    /** As {@link String#format(String, Object...)} for {@code %,d}, {@code %d}, {@code %s} and {@code %%}. */
    public static String format(String pattern, Object... args) {
        StringBuilder sb = new StringBuilder(pattern.length() + 16 * args.length);
        int next = 0;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char k = i + 1 < n ? pattern.charAt(i + 1) : 0;
            if (k == '%') {
                sb.append('%');
                i++;
            } else if (k == 's') {
                sb.append(args[next++]);
                i++;
            } else if (k == 'd') {
                sb.append(integral(args[next++]));
                i++;
            } else if (k == ',' && i + 2 < n && pattern.charAt(i + 2) == 'd') {
                append(sb, integral(args[next++]));
                i += 2;
            } else {
                throw new IllegalArgumentException("only %,d, %d, %s and %% are worded here: " + pattern);
            }
        }
        return sb.toString();
    }

    private static long integral(Object o) {
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        throw new IllegalArgumentException("%d takes an integer, not " + (o == null ? "null" : o.getClass().getSimpleName()));
    }

    private static StringBuilder append(StringBuilder sb, long amount) {
        String digits = Long.toString(amount);
        int start = amount < 0 ? 1 : 0;
        if (start == 1) {
            sb.append('-');
        }
        int len = digits.length() - start;
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(start + i));
        }
        return sb;
    }
}
