/**
 * Certificate PDFs with OpenPDF, shared by every service that prints one (住民票の写し, 転出証明書, 所得・課税証明書,
 * 納税通知書): the font chain, the glyph fallback, the page skeleton, label/value tables, the 認証文 + 首長 + 公印 block
 * and the footer with the 発行番号. Each service writes its own form's body and passes its own texts.
 *
 * <h2>Characters</h2>
 * <ul>
 *   <li>Fonts: {@link jp.kikan.platform.quarkus.pdf.FontSet#systemDefault()} chains IPAmj明朝 → IPAex明朝 →
 *       Noto Sans CJK JP, all embedded as subsets (Identity-H). Each code point uses the first font that has
 *       a glyph (IPAex alone would silently drop 𠮷 U+20BB7).</li>
 *   <li>A character that no font can draw is printed as 〓 (geta, U+3013) and reported in
 *       {@link jp.kikan.platform.quarkus.pdf.RenderResult#missingGlyphs()} (and logged by
 *       {@link jp.kikan.platform.quarkus.pdf.CertificatePdf#log}). Nothing is dropped silently.</li>
 *   <li><b>Limitation – IVS:</b> OpenPDF does not apply ideographic variation sequences. Variation selectors
 *       (U+FE00–FE0F, U+E0100–E01EF) are removed before drawing and the base character is printed with the
 *       font's default glyph (e.g. 辻 + U+E0100 prints the default 辻). Each case is reported in
 *       {@link jp.kikan.platform.quarkus.pdf.RenderResult#strippedVariationSelectors()}.</li>
 * </ul>
 */
package jp.kikan.platform.quarkus.pdf;
