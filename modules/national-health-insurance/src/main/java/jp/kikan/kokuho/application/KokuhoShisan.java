package jp.kikan.kokuho.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.HokenzeiKeisan;
import jp.kikan.kokuho.hokenzei.domain.HokenzeiKekka;
import jp.kikan.kokuho.hokenzei.parameter.HokenzeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;
import jp.kikan.kokuho.hokenzei.domain.Setaiin;
import jp.kikan.kokuho.infrastructure.HokenzeiParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.wareki.WarekiCalendar;

/**
 * 国民健康保険税の試算 (x-kikan-function kokuho.hokenzei.shisan): the engine on a household as entered, with the
 * caller's municipality's parameters for the 年度, or with the rates the request gives (x-kikan-function
 * kokuho.hokenzei.shisan-parameter: {@code parameters}, over the national ones of the 年度). Nothing is stored.
 */
@ApplicationScoped
public class KokuhoShisan {

    private static final WarekiCalendar CALENDAR = WarekiCalendar.standard();

    @Inject
    HokenzeiParameterStore parameters;

    public record Step(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<SanteiKonkyo.Input> inputs, List<SanteiKonkyo.ParameterUse> parameters, String note, String setsumei) {
    }

    public record Kubun(String kubun, String kubunMei, List<HokenzeiKekka.Kikan> kikan, int tsukisu, long nengaku) {
    }

    public record Keigen(int wari, String hanteiKijunbi, long hanteiShotoku, int kyuyoShotokushaToSu, int taishoNinzu,
            @JsonProperty("kijun_7wari") long kijun7wari, @JsonProperty("kijun_5wari") long kijun5wari,
            @JsonProperty("kijun_2wari") long kijun2wari) {
    }

    /** @param nozeigimushaBetsu each 納税義務者's share when the 世帯主 changed during the 年度 (null otherwise: omitted) */
    public record View(int nendo, String nendoLabel, boolean giseiSetainushi, Keigen keigen, int mishugakujisu,
            List<Kubun> kubun, long nengaku, List<Step> santeiKonkyo, List<Bunpai> nozeigimushaBetsu) {
    }

    public record Bunpai(String nozeigimushaAtenabango, List<Integer> tsuki, int tsukisu, List<BunpaiKubun> kubun,
            long nengaku) {
    }

    public record BunpaiKubun(String kubun, int tsukisu, long nengaku) {
    }

    public View shisan(Caller caller, JsonNode r) {
        int nendo = r.get("nendo").asInt();
        List<Setaiin> members = new ArrayList<>();
        JsonNode list = r.get("setaiin");
        for (int i = 0; i < list.size(); i++) {
            members.add(setaiin(list.get(i), "setaiin[" + i + "]."));
        }
        HokenzeiParameters p = r.hasNonNull("parameters") ? parameters.inline(caller.lgCode(), nendo, r.get("parameters"))
                : parameters.parameters(caller.lgCode(), nendo);
        return view(HokenzeiKeisan.keisan(nendo, members, p));
    }

    /** The engine's result as the contract's ShisanKekka. */
    public static View view(HokenzeiKekka k) {
        HokenzeiKekka.Keigen g = k.keigen();
        return new View(k.nendo(), k.nendoLabel(), k.giseiSetainushi(),
                new Keigen(g.wari(), g.hanteiKijunbi().toString(), g.hanteiShotoku(), g.kyuyoShotokushaToSu(), g.taishoNinzu(),
                        g.kijun7wari(), g.kijun5wari(), g.kijun2wari()),
                k.mishugakujisu(),
                k.kubun().stream().map(x -> new Kubun(x.kubun().code(), x.kubun().nameJa(), x.kikan(), x.tsukisu(), x.nengaku()))
                        .toList(),
                k.nengaku(), k.santeiKonkyo().steps().stream().map(s -> new Step(s.ruleId(), s.nameJa(), s.legalBasis(), s.bubun(),
                        s.value(), s.tani(), s.inputs(), s.parameters(), s.note(), s.setsumei())).toList(),
                k.bunpai() == null ? null : k.bunpai().stream().map(b -> new Bunpai(b.nozeigimusha(), b.tsuki(), b.tsuki().size(),
                        b.kubun().stream().map(x -> new BunpaiKubun(x.kubun().code(), x.tsukisu(), x.nengaku())).toList(),
                        b.nengaku())).toList());
    }

    private static Setaiin setaiin(JsonNode m, String at) {
        JsonNode s = m.get("shotoku");
        JsonNode h = m.get("hijihatsuteki_shitsugyo");
        LocalDate yotei = date(m, "shussan_yoteibi", at);
        Setaiin.Tokurei tokurei = yotei == null && h == null ? null : new Setaiin.Tokurei(yotei, bool(m, "tatai", false),
                h == null ? null : date(h, "rishokubi", at + "hijihatsuteki_shitsugyo."),
                h == null ? null : h.get("rishoku_riyu_kodo").asText());
        return new Setaiin(date(m, "seinengappi", at), bool(m, "setainushi", false), bool(m, "kokuho", true),
                bool(m, "tokutei_doitsu_setai_shozokusha", false), date(m, "shikaku_shutokubi", at),
                date(m, "shikaku_soshitsubi", at), new Setaiin.Shotoku(s.get("sosho_kingaku_to").asLong(),
                        s.path("kyuyo_shunyu").asLong(0), s.path("nenkin_shunyu").asLong(0), s.path("nenkin_shotoku").asLong(0),
                        s.path("kyuyo_shotoku").asLong(0)), tokurei);
    }

    private static boolean bool(JsonNode m, String name, boolean dflt) {
        return m.hasNonNull(name) ? m.get(name).asBoolean() : dflt;
    }

    private static LocalDate date(JsonNode m, String name, String at) {
        if (!m.hasNonNull(name)) {
            return null;
        }
        String text = m.get(name).asText();
        try {
            return CALENDAR.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolationException("date-exists", at + name, StandardErrorCode.E0004,
                    "「" + text + "」は暦に存在しない日付です（" + e.getMessage() + "）");
        }
    }
}
