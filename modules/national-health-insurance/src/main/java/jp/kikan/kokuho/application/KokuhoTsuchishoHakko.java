package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.kokuho.hokenzei.domain.FukaKeishiki;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.kokuho.infrastructure.KokuhoShomeiKofuStore;
import jp.kikan.kokuho.infrastructure.pdf.KokuhoTsuchishoPdf;
import jp.kikan.kokuho.infrastructure.pdf.TsuchishoModel;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.quarkus.accesslog.AccessLog;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminStore;
import jp.kikan.platform.quarkus.municipality.Municipalities;
import jp.kikan.platform.quarkus.shomei.HakkoBango;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 納税通知書・納入通知書の交付 (x-kikan-function kokuho.hokenzei.tsuchisho): one version of a household's assessment (the
 * latest unless one is named) as the notice of the insurer's levy — 国民健康保険税 or 国民健康保険料, by the 年度's
 * {@code fuka_keishiki}. 支援措置 first ({@link Jumins#requireSetaiAll}); the issuance goes to the 交付履歴 (with the
 * PDF's SHA-256) and the access log (every member printed) in the same transaction.
 */
@ApplicationScoped
public class KokuhoTsuchishoHakko {

    static final String ACTION = "kokuho.hokenzei.tsuchisho";

    @Inject
    Jumins jumins;

    @Inject
    JuminStore juminStore;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    FukaSetai setai;

    @Inject
    FukaStore store;

    @Inject
    HokenzeiParameterStore parameters;

    @Inject
    KokuhoShomeiKofuStore kofu;

    @Inject
    Municipalities municipalities;

    @Inject
    KokuhoTsuchishoPdf pdf;

    @Inject
    AccessLog accessLog;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public ShikakuKakuninshoHakko.Issued issue(Caller caller, JsonNode r) {
        String setaibango = r.get("setaibango").asText();
        int nendo = r.get("nendo").asInt();
        List<Jumin> people = jumins.requireSetaiAll(caller, setaibango, ACTION);
        List<FukaStore.Version> versions = store.versions(caller.lgCode(), setaibango, nendo);
        if (versions.isEmpty()) {
            throw new NotFoundException("nendo", "世帯番号 " + setaibango + " の" + nendo + "年度の賦課はありません");
        }
        int want = r.hasNonNull("version") ? r.get("version").asInt() : versions.size();
        if (want > versions.size()) {
            throw new NotFoundException("version", "世帯番号 " + setaibango + " の" + nendo + "年度の賦課に第" + want + "版はありません");
        }
        FukaStore.Version v = versions.get(want - 1);
        HokenzeiParameters p = parameters.parameters(caller.lgCode(), nendo);
        FukaKeishiki f = p.keishiki().value();
        Municipalities.Municipality m = municipalities.require(caller.lgCode());
        LocalDate today = calendar.today();
        String gimusha = r.hasNonNull("nozeigimusha_atenabango") ? r.get("nozeigimusha_atenabango").asText() : v.nozeigimusha();
        TsuchishoBunpai.Bubun bubun = TsuchishoBunpai.of(v, gimusha, nendo, p.nokigen().value());
        // the 納税義務者 may have left the household since: looked up by himself (支援措置 applies to him too)
        Jumin nushi = jumins.require(caller, gimusha, ACTION);
        JsonNode item = juminStore.latestItem(caller.lgCode(), nushi.atenabango()).orElse(MissingNode.getInstance());
        JsonNode members = v.setaiin() != null ? v.setaiin() : members(caller.lgCode(), people, v, nendo);
        boolean gisei = bubun == null ? v.kekka().path("gisei_setainushi").asBoolean() : TsuchishoBunpai.gisei(members, gimusha);
        String hakkoBango = kofu.nextHakkoBango(caller.lgCode(), today);
        TsuchishoModel model = new TsuchishoModel(TsuchishoYomitori.bunrui(f, m.shucho()),
                new TsuchishoModel.Hakko(hakkoBango, TsuchishoYomitori.WAREKI.format(today), v.kekka().get("nendo_label").asText(),
                        TsuchishoYomitori.nenLabel(nendo - 1), setaibango, v.version(),
                        TsuchishoYomitori.WAREKI.format(v.shorinengappi()), m.name(), m.shucho(),
                        bubun == null ? null : bubun.tsuki()),
                new TsuchishoModel.Atesaki(nushi.shimei(), ShikakuKakuninshoHakko.jusho(item), gisei),
                TsuchishoYomitori.hihokensha(members, nendo), TsuchishoYomitori.keigen(v.kekka(), members),
                bubun == null ? TsuchishoYomitori.kubun(v.kekka()) : bubun.kubun(),
                bubun == null ? v.nengaku() : bubun.nengaku(),
                bubun == null ? TsuchishoYomitori.ki(v, p.nokigen().value()) : bubun.ki(),
                bubun == null ? (v.version() > 1 ? TsuchishoYomitori.kosei(v, versions.get(want - 2)) : null)
                        : bubun.kosei(v, want > 1 ? versions.get(want - 2) : null),
                TsuchishoYomitori.santeiKonkyo(v.kekka()));
        byte[] document = pdf.render(model).pdf();
        String yoshiki = f.zei() ? "nozei-tsuchisho" : "nonyu-tsuchisho";
        kofu.record(caller.lgCode(), new KokuhoShomeiKofuStore.Tsuchisho(hakkoBango, yoshiki, setaibango, nendo, v.version(),
                gimusha, HakkoBango.sha256(document), caller.actor(), calendar.now()));
        List<String> ids = new java.util.ArrayList<>(List.of(gimusha));
        members.forEach(x -> {
            if (!ids.contains(x.get("atenabango").asText())) {
                ids.add(x.get("atenabango").asText());
            }
        });
        accessLog.record(caller, ACTION, Jumins.SETAI, ids, "hakko_bango=" + hakkoBango + " yoshiki=" + yoshiki + " setaibango="
                + setaibango + " nendo=" + nendo + " version=" + v.version() + " nozeigimusha=" + gimusha);
        return new ShikakuKakuninshoHakko.Issued(hakkoBango, document);
    }

    /** A version assessed before the members were kept: those whose income it used, with their periods as now recorded. */
    private ArrayNode members(String lgCode, List<Jumin> people, FukaStore.Version v, int nendo) {
        ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (Jumin j : people) {
            if (v.shotoku().has(j.atenabango())) {
                out.add(setai.kept(j, j.atenabango().equals(v.nozeigimusha()),
                        FukaKikan.inNendo(rirekis.rireki(lgCode, j.atenabango()), nendo), nendo));
            }
        }
        return out;
    }
}
