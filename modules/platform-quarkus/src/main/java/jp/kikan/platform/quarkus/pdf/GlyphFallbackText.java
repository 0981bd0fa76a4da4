package jp.kikan.platform.quarkus.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a string into a {@link Phrase} whose chunks use, code point by code point, the first font of the
 * {@link FontSet} that has a glyph. Unlike OpenPDF's {@code FontSelector} it never drops a character:
 * a character no font can draw becomes 〓 (geta) and is recorded. Ideographic variation selectors are
 * stripped (OpenPDF cannot apply them) and recorded too.
 *
 * <p>Not thread-safe: one instance per rendering.
 */
public final class GlyphFallbackText {

    private final FontSet fonts;
    private final FontSet.NamedFont getaFont;
    private final List<RenderResult.Glyph> missing = new ArrayList<>();
    private final List<RenderResult.Glyph> stripped = new ArrayList<>();

    public GlyphFallbackText(FontSet fonts) {
        this.fonts = fonts;
        this.getaFont = fonts.fontFor(FontSet.GETA);
    }

    public List<RenderResult.Glyph> missing() {
        return missing;
    }

    public List<RenderResult.Glyph> stripped() {
        return stripped;
    }

    public static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Removes variation selectors (U+FE00–FE0F, U+E0100–E01EF). */
    public static String stripVariationSelectors(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isVariationSelector(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * An empty phrase whose own font is the primary CJK font, so that OpenPDF never falls back to its
     * default (non-embedded Helvetica) font for empty cells, newlines or spacing.
     */
    public Phrase container(float size) {
        Phrase phrase = new Phrase(size * 1.35f, "", new Font(fonts.primary(), size));
        return phrase;
    }

    public Phrase phrase(String text, float size) {
        return phrase(text, size, Style.PLAIN);
    }

    /** Text styles of the certificates: black, emulated bold, grey (notes), seal red (公印 box). */
    public enum Style {
        PLAIN(Color.BLACK), BOLD(Color.BLACK), GREY(new Color(0x55, 0x55, 0x55)), SEAL(new Color(0xC0, 0x30, 0x30));

        final Color color;

        Style(Color color) {
            this.color = color;
        }
    }

    public Phrase phrase(String text, float size, Style style) {
        return phrase(text, size, style, 0f);
    }

    /**
     * @param charSpacing extra spacing between characters (for spaced-out titles), in points
     */
    public Phrase phrase(String text, float size, Style style, float charSpacing) {
        Phrase phrase = container(size);
        if (text == null || text.isEmpty()) {
            return phrase;
        }
        String clean = stripVariationSelectors(text);
        StringBuilder run = new StringBuilder();
        FontSet.NamedFont runFont = null;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isVariationSelector(cp)) {
                stripped.add(new RenderResult.Glyph(prev, cp, clean));
                continue;
            }
            prev = cp;
            if (cp == '\r') {
                continue;
            }
            FontSet.NamedFont f;
            int draw = cp;
            if (cp == '\n') {
                f = runFont != null ? runFont : fonts.fonts().get(0);
            } else {
                if (cp == '\t') {
                    draw = ' ';
                }
                f = Character.isISOControl(draw) ? null : fonts.fontFor(draw);
                if (f == null) {
                    missing.add(new RenderResult.Glyph(cp, -1, clean));
                    draw = FontSet.GETA;
                    f = getaFont;
                }
            }
            if (runFont != null && f != runFont) {
                phrase.add(chunk(run.toString(), runFont, size, style, charSpacing));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(draw);
        }
        if (run.length() > 0) {
            phrase.add(chunk(run.toString(), runFont, size, style, charSpacing));
        }
        return phrase;
    }

    private static Chunk chunk(String s, FontSet.NamedFont f, float size, Style style, float charSpacing) {
        Color color = style.color;
        Chunk c = new Chunk(s, new Font(f.font(), size, Font.NORMAL, color));
        if (style == Style.BOLD) {
            // CJK fonts here have no bold face: emulate with a thin stroke.
            c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, color);
        }
        if (charSpacing != 0f) {
            c.setCharacterSpacing(charSpacing);
        }
        return c;
    }
}
