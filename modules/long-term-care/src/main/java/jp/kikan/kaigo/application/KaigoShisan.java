package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.kaigo.hokenryo.HokenryoKeisan;
import jp.kikan.kaigo.hokenryo.domain.HokenryoKekka;
import jp.kikan.kaigo.hokenryo.domain.Taishosha;
import jp.kikan.kaigo.hokenryo.parameter.HokenryoParameters;
import jp.kikan.kaigo.infrastructure.HokenryoParameterStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 介護保険料の試算 (x-kikan-function kaigo.hokenryo.shisan): the engine on a person and household as entered, with the
 * caller's municipality's parameters for the 年度 or a parameter set sent with the request (a city trying its next 期).
 * Nothing is stored.
 */
@ApplicationScoped
public class KaigoShisan {

    @Inject
    HokenryoParameterStore parameters;

    public record Step(String ruleId, String nameJa, String legalBasis, String bubun, long value, String tani,
            List<SanteiKonkyo.Input> inputs, List<SanteiKonkyo.ParameterUse> parameters, String note, String setsumei) {
    }

    public record View(int nendo, int dankai, int dankaiSu, String jyoritsu, String keigenJyoritsu, long kijungaku,
            long hanteiShotoku, long hokenryoNengaku, int tsukisu, long nengaku, long tsukigaku, List<String> riyu,
            String parameterSet, List<Step> santeiKonkyo) {
    }

    public View shisan(Caller caller, JsonNode r) {
        int nendo = r.get("nendo").asInt();
        JsonNode h = r.get("honnin");
        LocalDate shutoku = date(h, "shikaku_shutokubi", "honnin.");
        LocalDate soshitsu = date(h, "shikaku_soshitsubi", "honnin.");
        if (shutoku != null && soshitsu != null && !soshitsu.isAfter(shutoku)) {
            throw new RuleViolationException("soshitsubi-before-shutokubi", "honnin.shikaku_soshitsubi", StandardErrorCode.E0004,
                    "資格喪失日は資格取得日より後の日にしてください");
        }
        boolean setaiKazei = false;
        for (JsonNode m : r.path("setaiin")) {
            setaiKazei |= m.get("kazei").asBoolean();
        }
        Taishosha t = new Taishosha(h.get("kazei").asBoolean(), setaiKazei, h.get("gokei_shotoku_kingaku").asLong(),
                h.path("kazei_nenkin_shunyu").asLong(0), h.path("koteki_nenkin_shotoku").asLong(0),
                h.hasNonNull("kyuyo_shotoku") ? h.get("kyuyo_shotoku").asLong() : null, h.path("seikatsu_hogo").asBoolean(false),
                h.path("rorei_fukushi_nenkin").asBoolean(false), shutoku, soshitsu);
        if (t.nenkinShotoku() > Math.max(t.gokeiShotoku(), 0)) {
            throw new RuleViolationException("nenkin-shotoku", "honnin.koteki_nenkin_shotoku", StandardErrorCode.E0004,
                    "公的年金等に係る雑所得が合計所得金額を超えています");
        }
        boolean inline = r.hasNonNull("parameters");
        HokenryoParameters p = inline ? parameters.inline(caller.lgCode(), nendo, r.get("parameters"))
                : parameters.parameters(caller.lgCode(), nendo);
        return view(HokenryoKeisan.keisan(nendo, t, p), inline ? "inline" : "municipality");
    }

    /** The engine's result as the contract's ShisanKekka. */
    public static View view(HokenryoKekka k, String parameterSet) {
        return new View(k.nendo(), k.dankai(), k.dankaiSu(), k.jyoritsu().toPlainString(),
                k.keigenJyoritsu() == null ? null : k.keigenJyoritsu().toPlainString(), k.kijungaku(), k.hanteiShotoku(),
                k.hokenryoNengaku(), k.tsukisu(), k.nengaku(), k.tsukigaku(), k.riyu(), parameterSet,
                k.konkyo().steps().stream().map(s -> new Step(s.ruleId(), s.nameJa(), s.legalBasis(), s.bubun(), s.value(),
                        s.tani(), s.inputs(), s.parameters(), s.note(), s.setsumei())).toList());
    }

    private static LocalDate date(JsonNode m, String name, String at) {
        return m.hasNonNull(name) ? ShikakuTodokede.date(m.get(name).asText(), at + name) : null;
    }
}
