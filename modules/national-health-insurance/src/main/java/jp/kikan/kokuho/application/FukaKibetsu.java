package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.parameter.Nokigen;
import jp.kikan.platform.santei.kibetsu.Ki;
import jp.kikan.platform.santei.kibetsu.KibetsuBunkatsu;
import jp.kikan.platform.santei.kibetsu.KibetsuKosei;

/**
 * 期別 (調定) of a version of the 国保税: the 当初 split over the municipality's 納期 (地方税法第706条; the rest of the
 * rounding to 第1期), a 更正 spread over the 納期 not yet due with the platform's {@link KibetsuKosei} (those of the
 * business month and before are due). As JSON in the contract's shape (Ki / KiSagaku).
 */
final class FukaKibetsu {

    private FukaKibetsu() {
    }

    /** The instalments and (更正 only) the differences, as stored and answered. */
    record Choshu(JsonNode kibetsu, JsonNode kosei) {
    }

    static Choshu tosho(ObjectMapper mapper, int nendo, long nengaku, Nokigen n) {
        List<YearMonth> months = KibetsuBunkatsu.months(nendo, n.tsuki());
        List<Ki> ki = KibetsuBunkatsu.bunkatsu(nengaku, months, KibetsuBunkatsu.kiNames(months.size()), n.hasuTani());
        return new Choshu(mapper.valueToTree(ki.stream().map(FukaKibetsu::view).toList()), null);
    }

    /** @param genzai the instalments of the last version (null: assessed before 期別 were stored — split anew) */
    static Choshu kosei(ObjectMapper mapper, int nendo, long nengaku, Nokigen n, JsonNode genzai, YearMonth kijun) {
        if (genzai == null) {
            return tosho(mapper, nendo, nengaku, n);
        }
        KibetsuKosei.Kekka k = KibetsuKosei.kosei(ki(genzai), nengaku, kijun, n.hasuTani());
        ObjectNode kosei = mapper.createObjectNode();
        kosei.set("sagaku", mapper.valueToTree(k.sagaku().stream().map(s -> new KiSagaku(s.kibetsu(), s.nengetsu().toString(),
                s.genzai(), s.koseigo(), s.sagaku(), s.torai())).toList()));
        kosei.put("zuiji", k.zuiji());
        kosei.put("kanpu", k.kanpu());
        return new Choshu(mapper.valueToTree(k.kibetsu().stream().map(FukaKibetsu::view).toList()), kosei);
    }

    /** Instalments as stored (the contract's Ki) back into the platform's. */
    static List<Ki> ki(JsonNode stored) {
        List<Ki> out = new ArrayList<>();
        stored.forEach(k -> out.add(new Ki(k.get("kibetsu").asText(), YearMonth.parse(k.get("nengetsu").asText()),
                k.get("zeigaku").asLong())));
        return out;
    }

    record KiView(String kibetsu, String nengetsu, long zeigaku) {
    }

    record KiSagaku(String kibetsu, String nengetsu, long genzai, long koseigo, long sagaku, boolean torai) {
    }

    static KiView view(Ki k) {
        return new KiView(k.kibetsu(), k.nengetsu().toString(), k.zeigaku());
    }
}
