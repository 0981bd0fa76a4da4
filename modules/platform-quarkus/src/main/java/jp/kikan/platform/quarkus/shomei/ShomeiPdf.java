package jp.kikan.platform.quarkus.shomei;

import jakarta.ws.rs.core.Response;

/**
 * The response of an issued certificate or notice, the same in every service: the PDF ({@code application/pdf}),
 * its 発行番号 ({@link HakkoBango}) in {@code X-Hakko-Bango}, and a download named {@code <name>-<発行番号>.pdf}.
 */
public final class ShomeiPdf {

    private ShomeiPdf() {
    }

    /** @param name the document's name in the file name (e.g. {@code kaigo-hihokenshasho}) */
    public static Response response(byte[] pdf, String hakkoBango, String name) {
        return Response.ok(pdf, "application/pdf").header("X-Hakko-Bango", hakkoBango)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + hakkoBango + ".pdf\"")
                .build();
    }
}
