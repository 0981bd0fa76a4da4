package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.kikan.chihozei.infrastructure.ShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * 申告の照会 (x-kikan-function kojin-juminzei.shinkoku): every saved version of a person's 申告 for a 年度, as entered
 * (schema Shinkoku), so a clerk starts a correction from what was declared. 支援措置 and the access log as for any read.
 */
@ApplicationScoped
public class ShinkokuShokai {

    static final String ACTION = "kojin-juminzei.shinkoku.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    ShinkokuStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Transactional
    public JsonNode shokai(Caller caller, String atenabango, int nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        ObjectNode o = json.mapper().createObjectNode();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        ArrayNode versions = o.putArray("versions");
        for (ShinkokuStore.Version v : store.versions(caller.lgCode(), atenabango, nendo)) {
            ObjectNode e = versions.addObject();
            e.put("atenabango", atenabango);
            e.put("nendo", nendo);
            e.put("version", v.version());
            e.put("shorinengappi", v.shorinengappi().toString());
            e.setAll((ObjectNode) json.tree(v.naiyo()));
        }
        return o;
    }
}
