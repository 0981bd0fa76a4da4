package jp.kikan.platform.quarkus.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered font fallback chain for Japanese certificates (住民票の写し, 所得・課税証明書, 納税通知書 …). For every code point the first font that has a
 * glyph is used; if none has one, the renderer prints 〓 (geta, U+3013) and reports the substitution.
 *
 * <p>Fonts are loaded with {@link BaseFont#IDENTITY_H} and {@link BaseFont#EMBEDDED}, so every PDF embeds
 * (a subset of) the fonts it uses. Loading IPAmj明朝 (46 MB) takes about a second: create one
 * {@code FontSet} per process and share it; it is immutable.
 */
public final class FontSet {

    /** IPAmj明朝: covers the MJ character set (𠮷, 髙, 﨑 …). */
    public static final Path IPAMJ_MINCHO = Path.of("/usr/share/fonts/truetype/ipamj/ipamjm.ttf");
    /** IPAex明朝: good JIS X 0213 coverage but no 𠮷 (U+20BB7). */
    public static final Path IPAEX_MINCHO = Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    /** Noto Sans CJK (collection; face 0 = JP). */
    public static final Path NOTO_SANS_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    /** 〓 (geta, U+3013): printed for a character no font of the chain can draw. */
    public static final int GETA = 0x3013;

    private final List<NamedFont> fonts;

    /** One font of the chain with a human-readable name (for reports). */
    public record NamedFont(String name, BaseFont font) {
        public NamedFont {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(font, "font");
        }
    }

    private FontSet(List<NamedFont> fonts) {
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("a FontSet needs at least one font");
        }
        this.fonts = List.copyOf(fonts);
        if (fonts.stream().noneMatch(f -> f.font().charExists(GETA))) {
            throw new IllegalStateException("no font of the chain has 〓 (U+3013), needed to mark missing glyphs");
        }
    }

    /** A chain built from explicit fonts, in priority order. */
    public static FontSet of(List<NamedFont> fonts) {
        return new FontSet(fonts);
    }

    /**
     * The system chain IPAmj明朝 → IPAex明朝 → Noto Sans CJK JP, skipping fonts that are not installed.
     *
     * @throws IllegalStateException if none of them is installed
     */
    public static FontSet systemDefault() {
        List<NamedFont> found = new ArrayList<>();
        addIfPresent(found, "IPAmj明朝", IPAMJ_MINCHO, "");
        addIfPresent(found, "IPAex明朝", IPAEX_MINCHO, "");
        addIfPresent(found, "Noto Sans CJK JP", NOTO_SANS_CJK, ",0");
        if (found.isEmpty()) {
            throw new IllegalStateException("No Japanese font found for certificate PDFs. Looked for "
                    + IPAMJ_MINCHO + ", " + IPAEX_MINCHO + ", " + NOTO_SANS_CJK
                    + ". Install them with: apt-get install -y fonts-ipamj-mincho fonts-ipaexfont fonts-noto-cjk");
        }
        if (found.size() < 3) {
            System.getLogger(FontSet.class.getName()).log(System.Logger.Level.WARNING,
                    "Japanese font chain incomplete, using only {0}; rare characters may print as 〓",
                    found.stream().map(NamedFont::name).toList());
        }
        return new FontSet(found);
    }

    /** Loads one font file (TrueType/OpenType; for a .ttc pass the face suffix, e.g. ",0"). */
    public static NamedFont load(String name, Path file, String ttcFaceSuffix) {
        try {
            BaseFont bf = BaseFont.createFont(file.toString() + (ttcFaceSuffix == null ? "" : ttcFaceSuffix),
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return new NamedFont(name, bf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file + ": " + e.getMessage(), e);
        }
    }

    private static void addIfPresent(List<NamedFont> into, String name, Path file, String suffix) {
        if (Files.isReadable(file)) {
            into.add(load(name, file, suffix));
        }
    }

    /** The chain, highest priority first. */
    public List<NamedFont> fonts() {
        return fonts;
    }

    /** The first font that has a glyph for {@code codePoint}, or {@code null}. */
    public NamedFont fontFor(int codePoint) {
        for (NamedFont f : fonts) {
            if (f.font().charExists(codePoint)) {
                return f;
            }
        }
        return null;
    }

    /** The primary font (first of the chain), used for layout metrics. */
    public BaseFont primary() {
        return fonts.get(0).font();
    }
}
