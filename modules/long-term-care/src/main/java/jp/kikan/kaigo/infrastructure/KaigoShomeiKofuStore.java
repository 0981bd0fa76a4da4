package jp.kikan.kaigo.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.platform.quarkus.jdbc.Sql;
import jp.kikan.platform.quarkus.shomei.HakkoBango;

/**
 * The 発行番号 counter and the 交付履歴 (証発行履歴管理, 機能ID 0230290) of this service's documents (tables
 * kaigo_shomei_saiban, kaigo_shomei_kofu).
 */
@ApplicationScoped
public class KaigoShomeiKofuStore {

    @Inject
    AgroalDataSource ds;

    /** One issuance as recorded: which document, for whom, its 年度 / version / share, the PDF's SHA-256. */
    public record Kofu(String hakkoBango, String yoshiki, String atenabango, String hihokenshaBango, Integer nendo,
            Integer fukaVersion, Integer futanWariai, String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    public String nextHakkoBango(String lgCode, LocalDate day) {
        return HakkoBango.next(ds, "kaigo_shomei_saiban", lgCode, day);
    }

    public void record(String lgCode, Kofu k) {
        Sql.update(ds, "insert into kaigo_shomei_kofu (lg_code, hakko_bango, yoshiki, atenabango, hihokensha_bango, nendo, "
                + "fuka_version, futan_wariai, pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode,
                k.hakkoBango(), k.yoshiki(), k.atenabango(), k.hihokenshaBango(), k.nendo(), k.fukaVersion(), k.futanWariai(),
                k.pdfSha256(), k.issuedBy(), k.issuedAt());
    }
}
