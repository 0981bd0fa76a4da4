package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.kokuho.hokenzei.parameter.Nokigen;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.kokuho.infrastructure.pdf.TsuchishoModel;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * The part of a version one 納税義務者 is liable for when the 世帯主 changed during the 年度 (levy rules B5): his months,
 * each 区分's amount for them, his instalments and, when he was liable in the version before, his 更正.
 */
final class TsuchishoBunpai {

    private TsuchishoBunpai() {
    }

    /**
     * @param tsuki   his months as printed (4月〜9月（6か月）)
     * @param choshu  his entry of the version's nozeigimusha_choshu
     */
    record Bubun(String tsuki, List<TsuchishoModel.Kubun> kubun, long nengaku, List<TsuchishoModel.Ki> ki, JsonNode choshu) {

        /** His 更正 (null when he was not liable before: this is his first assessment of the 年度). */
        TsuchishoModel.Kosei kosei(FukaStore.Version v, FukaStore.Version mae) {
            if (!choshu.has("kosei_sagaku") || mae == null) {
                return null;
            }
            TsuchishoModel.Kosei household = TsuchishoYomitori.kosei(v, mae);
            long sagaku = choshu.get("sagaku").asLong();
            return new TsuchishoModel.Kosei(nengaku - sagaku, sagaku, household.riyu(), choshu.get("zuiji").asLong(),
                    choshu.get("kanpu").asLong());
        }
    }

    /** Null when one 世帯主 was liable for the whole 年度 (and {@code gimusha} is him); refused for anyone else. */
    static Bubun of(FukaStore.Version v, String gimusha, int nendo, Nokigen n) {
        if (v.bunpai() == null) {
            if (!gimusha.equals(v.nozeigimusha())) {
                throw denai(gimusha, v);
            }
            return null;
        }
        JsonNode choshu = find(v.bunpai(), gimusha);
        if (choshu == null) {
            throw denai(gimusha, v);
        }
        JsonNode share = find(v.kekka().path("nozeigimusha_betsu"), gimusha);
        List<YearMonth> months = new ArrayList<>();
        List<TsuchishoModel.Kubun> kubun = TsuchishoYomitori.kubun(v.kekka());
        if (share != null) {
            share.get("tsuki").forEach(t -> months.add(YearMonth.of(t.asInt() >= 4 ? nendo : nendo + 1, t.asInt())));
            List<TsuchishoModel.Kubun> own = new ArrayList<>();
            for (int i = 0; i < kubun.size(); i++) {
                JsonNode k = share.get("kubun").get(i);
                own.add(new TsuchishoModel.Kubun(kubun.get(i).kubunMei(), kubun.get(i).kikan(), k.get("tsukisu").asInt(),
                        k.get("nengaku").asLong()));
            }
            kubun = own;
        }
        List<TsuchishoModel.Ki> ki = new ArrayList<>();
        JsonNode sagaku = choshu.path("kosei_sagaku");
        for (int i = 0; i < choshu.get("kibetsu").size(); i++) {
            JsonNode k = choshu.get("kibetsu").get(i);
            JsonNode s = sagaku.isArray() ? sagaku.get(i) : null;
            ki.add(new TsuchishoModel.Ki(k.get("kibetsu").asText(), TsuchishoYomitori.nokigen(k.get("nengetsu").asText(), n),
                    k.get("zeigaku").asLong(), s == null ? null : s.get("genzai").asLong(), s == null ? null : s.get("sagaku").asLong(),
                    s != null && s.get("torai").asBoolean()));
        }
        return new Bubun(months.isEmpty() ? "なし（この版で納税義務者でなくなりました）" : TsuchishoYomitori.tsuki(months), kubun,
                choshu.get("nengaku").asLong(), ki, choshu);
    }

    /** A 納税義務者 who was not insured in his months is a 擬制世帯主. */
    static boolean gisei(JsonNode members, String gimusha) {
        JsonNode m = find(members, "atenabango", gimusha);
        return m == null || !m.path("hihokensha").asBoolean();
    }

    private static JsonNode find(JsonNode list, String gimusha) {
        return find(list, "nozeigimusha_atenabango", gimusha);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode x : list) {
            if (value.equals(x.path(field).asText())) {
                return x;
            }
        }
        return null;
    }

    private static RuleViolationException denai(String gimusha, FukaStore.Version v) {
        return new RuleViolationException("nozeigimusha-denai", "nozeigimusha_atenabango", StandardErrorCode.E0004,
                "宛名番号 " + gimusha + " の方は第" + v.version() + "版の納税義務者ではありません");
    }
}
