package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** Imported vehicle files, once per content: the result answered the first time, kept as it was. */
@ApplicationScoped
public class SharyoFileStore {

    @Inject
    AgroalDataSource ds;

    /** The stored result (JSON) of the file with this content, if it was imported. */
    public Optional<String> find(String lgCode, String sha256) {
        return Sql.one(ds, "select kekka::text from sharyo_file where lg_code = ? and sha256 = ?", rs -> rs.getString(1), lgCode,
                sha256);
    }

    public void record(String lgCode, String fileId, String sha256, String fileName, String kekka, Instant now, String actor) {
        Sql.update(ds, "insert into sharyo_file (lg_code, file_id, sha256, file_name, kekka, shori_at, actor) values "
                + "(?, ?, ?, ?, ?, ?, ?)", lgCode, UUID.fromString(fileId), sha256, fileName, new Sql.Json(kekka), now, actor);
    }
}
