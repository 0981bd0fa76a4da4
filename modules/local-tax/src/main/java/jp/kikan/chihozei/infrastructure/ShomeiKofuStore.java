package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.shomei.HakkoBango;

/** The 発行番号 counter and the 交付履歴 of this service's certificates and notices (table shomei_kofu). */
@ApplicationScoped
public class ShomeiKofuStore {

    @Inject
    AgroalDataSource ds;

    /** One issuance as recorded: which form, for whom, from which assessment version, the PDF's SHA-256. */
    public record Kofu(String hakkoBango, String yoshiki, String atenabango, int nendo, int fukaVersion, String mokuteki,
            String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    /**
     * Takes the day's next 発行番号 (issue date + serial per municipality and day, e.g. 20260401-000042, the form of
     * resident records' numbers). The counter row stays locked until the issuance commits, so numbers are gapless: a
     * rolled-back issuance gives its number back. Tax certificates are issued far less often than 住民票, so the PDF is
     * rendered under this lock (resident records renders first and takes the number after).
     */
    public String nextHakkoBango(String lgCode, LocalDate day) {
        return HakkoBango.next(ds, "shomei_saiban", lgCode, day);
    }

    public void record(String lgCode, Kofu k) {
        Sql.update(ds, "insert into shomei_kofu (lg_code, hakko_bango, yoshiki, atenabango, nendo, fuka_version, mokuteki, "
                + "pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, k.hakkoBango(), k.yoshiki(),
                k.atenabango(), k.nendo(), k.fukaVersion(), k.mokuteki(), k.pdfSha256(), k.issuedBy(), k.issuedAt());
    }

    /** One 特別徴収税額の決定通知書 (特別徴収義務者用) as recorded: the employees printed with their versions. */
    public record TokuchoKofu(String hakkoBango, int nendo, String gimushaKagi, String jugyoinJson, int yokushiNinzu,
            String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    public void record(String lgCode, TokuchoKofu k) {
        Sql.update(ds, "insert into tokubetsu_choshu_tsuchisho_kofu (lg_code, hakko_bango, nendo, gimusha_kagi, jugyoin, "
                + "yokushi_ninzu, pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)", lgCode,
                k.hakkoBango(), k.nendo(), k.gimushaKagi(), k.jugyoinJson(), k.yokushiNinzu(), k.pdfSha256(), k.issuedBy(),
                k.issuedAt());
    }
}
