package jp.kikan.chihozei.infrastructure;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.platform.quarkus.jdbc.Sql;

/**
 * The documents of the compact 算定根拠 (santei_konkyo_doc), kept once by key. A document is written with the first
 * assessments naming it, in their transaction, until this process has seen it committed (then the batches of an annual
 * assessment write none); a different document under a key already kept is refused.
 */
@ApplicationScoped
public class SanteiKonkyoDocStore {

    @Inject
    AgroalDataSource ds;

    /** Keys seen committed with the same content: never written again by this process. */
    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    /** Adds the documents not yet kept (in the caller's transaction: they commit with the assessments naming them). */
    public void keep(Map<String, String> docs) {
        String[] keys = docs.keySet().stream().filter(k -> !committed.contains(k)).toArray(String[]::new);
        if (keys.length == 0) {
            return;
        }
        String[] texts = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            texts[i] = docs.get(keys[i]);
        }
        // the documents already committed (visible to this statement) are compared with the ones given
        Sql.list(ds, "with n (doc_key, doc) as (select * from unnest(?::text[], ?::jsonb[])), "
                + "ins as (insert into santei_konkyo_doc (doc_key, doc) select doc_key, doc from n on conflict do nothing) "
                + "select n.doc_key, d.doc = n.doc from n join santei_konkyo_doc d on d.doc_key = n.doc_key", rs -> {
                    if (!rs.getBoolean(2)) {
                        throw new IllegalStateException("another document is kept under the key " + rs.getString(1));
                    }
                    committed.add(rs.getString(1));
                    return null;
                }, keys, texts);
    }

    /** The documents of these keys as their JSON text. */
    public Map<String, String> find(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (!keys.isEmpty()) {
            Sql.list(ds, "select doc_key, doc::text from santei_konkyo_doc where doc_key = any(?)", rs -> {
                out.put(rs.getString(1), rs.getString(2));
                return null;
            }, (Object) keys.toArray(String[]::new));
        }
        return out;
    }
}
