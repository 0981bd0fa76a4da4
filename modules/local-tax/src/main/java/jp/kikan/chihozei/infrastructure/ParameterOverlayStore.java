package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The versions of the municipalities' loaded parameter overlays (parameter_overlay, append-only). */
@ApplicationScoped
public class ParameterOverlayStore {

    /** One loaded version; {@code doc} is the overlay document as JSON (null where a listing leaves it out). */
    public record Version(String lgCode, int version, String doc, String docSha256, String dantaiMei, String shutten,
            String loadedBy, Instant loadedAt) {
    }

    private static final String COLUMNS = "lg_code, version, doc, doc_sha256, dantai_mei, shutten, loaded_by, loaded_at";

    @Inject
    AgroalDataSource ds;

    /** In the caller's transaction: the version commits with the command's record and its access log entry. */
    public void insert(Version v) {
        Sql.update(ds, "insert into parameter_overlay (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?)", v.lgCode(), v.version(), v.doc(), v.docSha256(),
                v.dantaiMei(), v.shutten(), v.loadedBy(), v.loadedAt());
    }

    /** The next version number (a concurrent load taking the same one fails on the primary key: 409). */
    public int nextVersion(String lgCode) {
        return Sql.one(ds, "select coalesce(max(version), 0) + 1 from parameter_overlay where lg_code = ?",
                rs -> rs.getInt(1), lgCode).orElse(1);
    }

    public int latestVersion(String lgCode) {
        return nextVersion(lgCode) - 1;
    }

    public Optional<Version> version(String lgCode, int version) {
        return Sql.one(ds, "select " + COLUMNS + " from parameter_overlay where lg_code = ? and version = ?",
                ParameterOverlayStore::row, lgCode, version);
    }

    /** Every version of a municipality, oldest first, without the documents. */
    public List<Version> history(String lgCode) {
        return Sql.list(ds, "select " + COLUMNS.replace("doc, ", "null, ") + " from parameter_overlay where lg_code = ? "
                + "order by version", ParameterOverlayStore::row, lgCode);
    }

    /** The latest version of each municipality (applied when the service starts). */
    public List<Version> latestOfEach() {
        return Sql.list(ds, "select distinct on (lg_code) " + COLUMNS + " from parameter_overlay "
                + "order by lg_code, version desc", ParameterOverlayStore::row);
    }

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class).toInstant());
    }
}
