package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import jp.kikan.platform.quarkus.jdbc.Sql;

/** Parameter documentation kept once by content hash (parameter_doc), for the stored 算定根拠. */
@ApplicationScoped
public class ParameterDocStore {

    @Inject
    AgroalDataSource ds;

    /** Adds the documents not yet kept (in the caller's transaction: they commit with the assessments naming them). */
    public void keep(Map<String, String> docs) {
        if (docs.isEmpty()) {
            return;
        }
        Sql.update(ds, "insert into parameter_doc (doc_id, doc) select * from unnest(?::text[], ?::jsonb[]) "
                + "on conflict do nothing", docs.keySet().toArray(String[]::new), docs.values().toArray(String[]::new));
    }

    public Map<String, String> find(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Sql.list(ds, "select doc_id, doc::text from parameter_doc where doc_id = any(?)", rs -> {
                out.put(rs.getString(1), rs.getString(2));
                return null;
            }, (Object) ids.toArray(String[]::new));
        }
        return out;
    }
}
