package jp.kikan.kokuho.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.shomei.HakkoBango;

/**
 * The 発行番号 counter and the 交付履歴 of this service's documents (tables kokuho_shomei_saiban, kokuho_shomei_kofu; the
 * notices of an assessment in kokuho_tsuchisho_kofu).
 */
@ApplicationScoped
public class KokuhoShomeiKofuStore {

    @Inject
    AgroalDataSource ds;

    /** One issuance as recorded: which document, for whom, its number and validity, the PDF's SHA-256. */
    public record Kofu(String hakkoBango, String yoshiki, String atenabango, String hihokenshaBango, Integer futanWariai,
            LocalDate yukoKigen, String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    public String nextHakkoBango(String lgCode, LocalDate day) {
        return HakkoBango.next(ds, "kokuho_shomei_saiban", lgCode, day);
    }

    public void record(String lgCode, Kofu k) {
        Sql.update(ds, "insert into kokuho_shomei_kofu (lg_code, hakko_bango, yoshiki, atenabango, hihokensha_bango, "
                + "futan_wariai, yuko_kigen, pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode,
                k.hakkoBango(), k.yoshiki(), k.atenabango(), k.hihokenshaBango(), k.futanWariai(), k.yukoKigen(),
                k.pdfSha256(), k.issuedBy(), k.issuedAt());
    }

    public List<Kofu> of(String lgCode, String atenabango) {
        return Sql.list(ds, "select hakko_bango, yoshiki, atenabango, hihokensha_bango, futan_wariai, yuko_kigen, pdf_sha256, "
                + "issued_by, issued_at from kokuho_shomei_kofu where lg_code = ? and atenabango = ? order by issued_at",
                rs -> new Kofu(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()), lgCode, atenabango);
    }

    /** One notice as recorded: which version of which household's assessment, to whom, the PDF's SHA-256. */
    public record Tsuchisho(String hakkoBango, String yoshiki, String setaibango, int nendo, int fukaVersion,
            String nozeigimusha, String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    public void record(String lgCode, Tsuchisho k) {
        Sql.update(ds, "insert into kokuho_tsuchisho_kofu (lg_code, hakko_bango, yoshiki, setaibango, nendo, fuka_version, "
                + "nozeigimusha, pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, k.hakkoBango(),
                k.yoshiki(), k.setaibango(), k.nendo(), k.fukaVersion(), k.nozeigimusha(), k.pdfSha256(), k.issuedBy(),
                k.issuedAt());
    }
}
