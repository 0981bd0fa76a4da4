package jp.kikan.platform.quarkus.pdf;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A rendered certificate plus what could not be printed exactly.
 *
 * @param pdf                        the PDF bytes
 * @param pageCount                  number of pages
 * @param missingGlyphs              characters no font of the {@link FontSet} could draw; each was printed
 *                                   as 〓 (geta). Non-empty means the certificate needs manual review
 *                                   (外字 handling) before it is handed out.
 * @param strippedVariationSelectors ideographic variation sequences whose selector was removed: the base
 *                                   character was printed with its default glyph, because OpenPDF cannot
 *                                   select IVS glyphs
 */
public record RenderResult(
        byte[] pdf,
        int pageCount,
        List<Glyph> missingGlyphs,
        List<Glyph> strippedVariationSelectors) {

    public RenderResult {
        // de-duplicated: footer texts are drawn once per page
        missingGlyphs = List.copyOf(new LinkedHashSet<>(missingGlyphs));
        strippedVariationSelectors = List.copyOf(new LinkedHashSet<>(strippedVariationSelectors));
    }

    /** True when every character was drawn (IVS reduced to the base glyph does not count as missing). */
    public boolean complete() {
        return missingGlyphs.isEmpty();
    }

    /**
     * One reported character.
     *
     * @param codePoint the character that was missing (or, for IVS, the base character; -1 if none)
     * @param selector  the stripped variation selector, or -1
     * @param text      the field text it occurred in (after stripping selectors)
     */
    public record Glyph(int codePoint, int selector, String text) {

        /** e.g. "U+20BB7 (𠮷)" or "U+8FBB U+E0100 (辻)". */
        public String describe() {
            if (codePoint < 0) {
                return String.format("U+%04X (selector without base character) in \"%s\"", selector, text);
            }
            String base = String.format("U+%04X", codePoint);
            if (selector >= 0) {
                base += String.format(" U+%04X", selector);
            }
            return base + " (" + new String(Character.toChars(codePoint)) + ") in \"" + text + "\"";
        }
    }
}
