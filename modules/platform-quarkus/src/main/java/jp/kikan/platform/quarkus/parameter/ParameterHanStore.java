package jp.kikan.platform.quarkus.parameter;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** The versions of the insurers' loaded parameter documents (platform_parameter_han, append-only). */
@ApplicationScoped
public class ParameterHanStore {

    /** One loaded version; {@code doc} is the document as JSON (null where a listing leaves it out). */
    public record Version(String lgCode, int version, String doc, String docSha256, String dantaiMei, String shutten,
            String loadedBy, Instant loadedAt) {
    }

    private static final String COLUMNS = "lg_code, version, doc, doc_sha256, dantai_mei, shutten, loaded_by, loaded_at";

    @Inject
    AgroalDataSource ds;

    /** In the caller's transaction: the version commits with the command's record and its access log entry. */
    public void insert(Version v) {
        Sql.update(ds, "insert into platform_parameter_han (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", v.lgCode(),
                v.version(), v.doc(), v.docSha256(), v.dantaiMei(), v.shutten(), v.loadedBy(),
                v.loadedAt());
    }

    /** The next version number (a concurrent load taking the same one fails on the primary key). */
    public int nextVersion(String lgCode) {
        return latestVersion(lgCode) + 1;
    }

    /** The latest version of the municipality, 0 when none was loaded. */
    public int latestVersion(String lgCode) {
        return Sql.one(ds, "select coalesce(max(version), 0) from platform_parameter_han where lg_code = ?",
                rs -> rs.getInt(1), lgCode).orElse(0);
    }

    public Optional<Version> version(String lgCode, int version) {
        return Sql.one(ds, "select " + COLUMNS + " from platform_parameter_han where lg_code = ? and version = ?",
                ParameterHanStore::row, lgCode, version);
    }

    /** Every version of a municipality, oldest first, without the documents. */
    public List<Version> history(String lgCode) {
        return Sql.list(ds, "select " + COLUMNS.replace("doc, ", "null, ") + " from platform_parameter_han where lg_code = ? "
                + "order by version", ParameterHanStore::row, lgCode);
    }

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class).toInstant());
    }
}
