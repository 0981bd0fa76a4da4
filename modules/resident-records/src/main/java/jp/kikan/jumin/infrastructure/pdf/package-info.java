/**
 * PDF rendering of 住民票の写し and 転出証明書 (resident record certificates) with OpenPDF.
 *
 * <p>Pure infrastructure: {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoPdfRenderer} turns a
 * {@link jp.kikan.jumin.infrastructure.pdf.JuminhyoPrintModel} into PDF bytes, and
 * {@link jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPdfRenderer} a
 * {@link jp.kikan.jumin.infrastructure.pdf.TenshutsuShomeishoPrintModel}; no CDI, no database. Both use the
 * platform's certificate pieces ({@code jp.kikan.platform.quarkus.pdf}: fonts, 〓 fallback, page skeleton, cells,
 * 認証文 block and footer), which the local tax service's certificates share.
 */
package jp.kikan.jumin.infrastructure.pdf;
