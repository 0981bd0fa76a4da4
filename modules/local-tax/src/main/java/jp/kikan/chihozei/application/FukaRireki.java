package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/** 賦課の照会 (x-kikan-function kojin-juminzei.santei-konkyo): every version of a 年度 as it was decided. */
@ApplicationScoped
public class FukaRireki {

    static final String ACTION = "kojin-juminzei.fuka.shokai";

    @Inject
    Nozeigimushas nozeigimushas;

    @Inject
    FukaStore fukaStore;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Inject
    SanteiKonkyoStorage storage;

    @Transactional
    public JsonNode rireki(Caller caller, String atenabango, int nendo) {
        nozeigimushas.require(caller, atenabango, ACTION);
        List<FukaStore.Version> versions = fukaStore.versions(caller.lgCode(), atenabango, nendo);
        if (versions.isEmpty()) {
            throw new NotFoundException("nendo", nendo + "年度の賦課はありません");
        }
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        ObjectNode out = json.mapper().createObjectNode();
        out.put("atenabango", atenabango);
        out.put("nendo", nendo);
        ArrayNode list = out.putArray("versions");
        versions.forEach(v -> list.add(view(atenabango, nendo, v)));
        return out;
    }

    /** One stored version as the contract's schema Fuka. */
    JsonNode view(String atenabango, int nendo, FukaStore.Version v) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("atenabango", atenabango);
        o.put("nendo", nendo);
        o.put("version", v.version());
        o.put("kubun", v.kubun());
        if (v.riyu() != null) {
            o.put("riyu", v.riyu());
        }
        o.put("shinkoku_version", v.shinkokuVersion());
        o.put("shorinengappi", v.shorinengappi().toString());
        o.put("nenzeigaku", v.nenzeigaku());
        o.set("fuka", storage.expand(v.kekka()));
        JsonNode choshu = json.tree(v.choshu());
        o.set("choshu", choshu);
        // the name of 1.0.0-alpha.1, kept so that no client of it breaks (deprecated in the contract)
        o.set("futsu_choshu", choshu);
        if (v.kosei() == null) {
            o.putArray("kosei_sagaku");
        } else {
            JsonNode k = json.tree(v.kosei());
            o.set("kosei_sagaku", k.get("sagaku"));
            o.put("kosei_zuiji", k.get("zuiji").asLong());
        }
        return o;
    }
}
