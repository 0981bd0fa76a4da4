package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The 交付履歴 of the 固定資産税 forms (table koteishisan_shomei_kofu); numbers from {@link ShomeiKofuStore}. */
@ApplicationScoped
public class KoteishisanShomeiKofuStore {

    @Inject
    AgroalDataSource ds;

    public record Kofu(String hakkoBango, String yoshiki, String shoyushaKey, int nendo, int fukaVersion, String mokuteki,
            String pdfSha256, String issuedBy, Instant issuedAt) {
    }

    public void record(String lgCode, Kofu k) {
        Sql.update(ds, "insert into koteishisan_shomei_kofu (lg_code, hakko_bango, yoshiki, shoyusha_key, nendo, fuka_version, "
                + "mokuteki, pdf_sha256, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lgCode, k.hakkoBango(),
                k.yoshiki(), k.shoyushaKey(), k.nendo(), k.fukaVersion(), k.mokuteki(), k.pdfSha256(), k.issuedBy(), k.issuedAt());
    }
}
