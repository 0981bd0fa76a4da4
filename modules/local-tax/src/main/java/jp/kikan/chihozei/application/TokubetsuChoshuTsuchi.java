package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.infrastructure.TokubetsuChoshuStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;

/**
 * 特別徴収税額の通知 (特別徴収義務者用, 地方税法第321条の4第1項・第2項; x-kikan-function kojin-juminzei.tokubetsu-choshu):
 * for one employer and 年度, each employee's 年税額 and monthly amounts (6月〜翌年5月) of the latest assessment, and the
 * employer's total per month. After a 更正 the list shows the changed amounts (変更通知, 第321条の6). An employee under
 * 支援措置 is left out unless the caller is the 支援措置担当, and the count of those left out is given, so the notice
 * is completed by the person allowed to see them.
 */
@ApplicationScoped
public class TokubetsuChoshuTsuchi {

    static final String ACTION = "kojin-juminzei.tokubetsu-choshu";

    @Inject
    TokubetsuChoshuStore store;

    @Inject
    AccessLog accessLog;

    @Inject
    TaxJson json;

    /**
     * What the notice says, as the caller may see it.
     *
     * @param tsuchi   the notice in the contract's form (TokubetsuChoshuTsuchi)
     * @param shown    the employees listed, each with the version listed
     */
    public record Naiyo(ObjectNode tsuchi, List<TokubetsuChoshuStore.Jugyoin> shown, int yokushiNinzu) {

        public List<String> targets() {
            return shown.stream().map(TokubetsuChoshuStore.Jugyoin::atenabango).toList();
        }
    }

    @Transactional
    public JsonNode tsuchi(Caller caller, int nendo, String kagi) {
        Naiyo n = naiyo(caller, nendo, kagi);
        accessLog.record(caller, ACTION, Nozeigimushas.TARGET, new ArrayList<>(n.targets()),
                "nendo=" + nendo + " gimusha=" + kagi + " yokushi=" + n.yokushiNinzu());
        return n.tsuchi();
    }

    /** The notice of the employer and 年度 (the caller logs what it hands out). */
    public Naiyo naiyo(Caller caller, int nendo, String kagi) {
        List<TokubetsuChoshuStore.Jugyoin> all = store.jugyoin(caller.lgCode(), nendo, kagi);
        if (all.isEmpty()) {
            throw new NotFoundException("gimusha", "特別徴収義務者「" + kagi + "」が" + nendo + "年度に特別徴収する従業員の賦課はありません");
        }
        boolean shien = caller.hasRole(Roles.SHIEN);
        List<TokubetsuChoshuStore.Jugyoin> shown = all.stream().filter(j -> shien || !j.shienSochiTaisho()).toList();
        ObjectNode o = json.mapper().createObjectNode();
        o.put("nendo", nendo);
        o.set("gimusha", json.tree(all.get(0).choshu()).get("tokubetsu_choshu_gimusha"));
        ArrayNode jugyoin = o.putArray("jugyoin");
        Map<String, long[]> months = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        long nenzeigaku = 0;
        for (TokubetsuChoshuStore.Jugyoin j : shown) {
            JsonNode choshu = json.tree(j.choshu());
            ObjectNode e = jugyoin.addObject();
            e.put("atenabango", j.atenabango());
            e.put("shimei", j.shimei());
            e.put("shimei_furigana", j.shimeiFurigana());
            e.put("fuka_version", j.version());
            e.put("kubun", j.kubun());
            e.put("nenzeigaku", j.nenzeigaku());
            e.set("tsukiwari", choshu.get("kibetsu"));
            nenzeigaku += j.nenzeigaku();
            for (JsonNode k : choshu.get("kibetsu")) {
                months.computeIfAbsent(k.get("nengetsu").asText(), m -> new long[1])[0] += k.get("zeigaku").asLong();
                names.putIfAbsent(k.get("nengetsu").asText(), k.get("kibetsu").asText());
            }
        }
        ArrayNode gokei = o.putArray("tsukibetsu_gokei");
        months.forEach((m, z) -> gokei.addObject().put("kibetsu", names.get(m)).put("nengetsu", m).put("zeigaku", z[0]));
        o.put("ninzu", shown.size());
        o.put("nenzeigaku_gokei", nenzeigaku);
        o.put("yokushi_ninzu", all.size() - shown.size());
        return new Naiyo(o, shown, all.size() - shown.size());
    }
}
