/**
 * PDF rendering of 住民票の写し and 転出証明書 (resident record certificates) with OpenPDF.
 *
 * <p>Pure infrastructure: {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoPdfRenderer} turns a
 * {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel} into PDF bytes, and
 * {@link jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPdfRenderer} a
 * {@link jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPrintModel}; no CDI, no database. Both share
 * the page skeleton, cells, 認証文 block and footer of the package-private {@code CertificatePdf}.
 *
 * <h2>Characters</h2>
 * <ul>
 *   <li>Fonts: {@link jp.kikan.jumin.infrastructure.pdf.FontSet#systemDefault()} chains IPAmj明朝 → IPAex明朝 →
 *       Noto Sans CJK JP, all embedded as subsets (Identity-H). Each code point uses the first font that has
 *       a glyph (IPAex alone would silently drop 𠮷 U+20BB7).</li>
 *   <li>A character that no font can draw is printed as 〓 (geta, U+3013) and reported in
 *       {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoRenderResult#missingGlyphs()} (and logged by
 *       {@code render}). Nothing is dropped silently.</li>
 *   <li><b>Limitation – IVS:</b> OpenPDF does not apply ideographic variation sequences. Variation selectors
 *       (U+FE00–FE0F, U+E0100–E01EF) are removed before drawing and the base character is printed with the
 *       font's default glyph (e.g. 辻 + U+E0100 prints the default 辻). Each case is reported in
 *       {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoRenderResult#strippedVariationSelectors()}. Exact MJ
 *       variants reachable only through IVS therefore cannot be printed with this renderer.</li>
 * </ul>
 */
package jp.kikan.jumin.infrastructure.pdf;
