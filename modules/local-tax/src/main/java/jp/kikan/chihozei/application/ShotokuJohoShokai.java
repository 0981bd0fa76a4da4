package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.kikan.chihozei.infrastructure.FukaStore;
import jp.kikan.chihozei.infrastructure.NozeigimushaEntity;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * 所得情報の提供 (x-kikan-function shotoku-joho.teikyo) to the health-insurance and long-term-care service clients
 * (scope 010:shotoku-joho:Read): the latest assessment's incomes and 課税/非課税. A person with no 申告 and no
 * assessment is 未申告 — never zero income. 支援措置 is not applied here: the receiving service takes the same
 * flag from the resident feed and blocks its own lookups and documents (the income is needed for the premium).
 */
@ApplicationScoped
public class ShotokuJohoShokai {

    static final String ACTION = "shotoku-joho.teikyo";

    @Inject
    FukaStore fukaStore;

    @Inject
    KazeiShiryo shiryo;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    @Transactional
    public JsonNode shokai(Caller caller, String atenabango, int nendo) {
        NozeigimushaEntity n = NozeigimushaEntity.find(caller.lgCode(), atenabango)
                .orElseThrow(() -> new NotFoundException("atenabango", "宛名番号 " + atenabango + " の納税義務者は見つかりません"));
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, atenabango, "nendo=" + nendo);
        List<FukaStore.Version> versions = fukaStore.versions(caller.lgCode(), atenabango, nendo);
        ObjectNode o = json.mapper().createObjectNode();
        if (versions.isEmpty()) {
            return ShotokuJohoYoyaku.mishinkoku(o, atenabango, nendo, shiryo.mishinkoku(caller.lgCode(), atenabango, nendo));
        }
        FukaStore.Version v = versions.get(versions.size() - 1);
        if ("jutogai".equals(n.kubun)) {
            return ShotokuJohoYoyaku.kaokushiki(o, atenabango, nendo, json.tree(v.kekka()), v.version());
        }
        return ShotokuJohoYoyaku.of(o, atenabango, nendo, json.tree(v.kekka()), v.version());
    }
}
