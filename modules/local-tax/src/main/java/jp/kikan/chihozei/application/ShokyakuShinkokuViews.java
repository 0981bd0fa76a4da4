package jp.kikan.chihozei.application;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.chihozei.infrastructure.ShokyakuShinkokuStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShisanMeisai;
import jp.kikan.chihozei.koteishisanzei.domain.ShokyakuShurui;
import jp.kikan.chihozei.koteishisanzei.domain.policy.ShokyakuHyokaPolicy;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteishisanzeiParameters;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * What the API shows of a 償却資産申告: each version with its lines as declared and the 評価額 of each computed with the
 * 年度's parameters, the totals by 種類 (the 種類別明細書's 決定価格) and the 算定根拠 of every 評価額.
 */
public final class ShokyakuShinkokuViews {

    private ShokyakuShinkokuViews() {
    }

    /** One line as stored (the request's names). */
    public record Gyo(String shurui, String meisho, int suryo, String shutokuNengetsu, long shutokuKakaku, int taiyoNensu) {

        ShokyakuShisanMeisai meisai() {
            return new ShokyakuShisanMeisai(ShokyakuShurui.ofCode(shurui).orElseThrow(), meisho, suryo,
                    YearMonth.parse(shutokuNengetsu), shutokuKakaku, taiyoNensu);
        }
    }

    public record Shisan(int gyo, String shurui, String shuruiMeisho, String meisho, int suryo, String shutokuNengetsu,
            long shutokuKakaku, int taiyoNensu, long hyokagaku) {
    }

    public record ShuruiGokei(String shurui, String shuruiMeisho, long shutokuKakaku, long hyokagaku) {
    }

    public record Version(int version, String shinkokuKubun, String shinkokuBi, String riyu, List<Shisan> shisan,
            List<ShuruiGokei> shuruiGokei, long shutokuKakakuGokei, long hyokagakuGokei, List<FukaViews.Step> santeiKonkyo,
            String shorinengappi, String actor) {
    }

    public record Rireki(String atenabango, List<Version> versions) {
    }

    static final TypeReference<List<Gyo>> LINES = new TypeReference<>() {
    };

    static List<ShokyakuShisanMeisai> meisai(TaxJson json, String stored) {
        return lines(json, stored).stream().map(Gyo::meisai).toList();
    }

    static List<Gyo> lines(TaxJson json, String stored) {
        try {
            return json.mapper().readValue(stored, LINES);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored 償却資産申告 lines cannot be read", e);
        }
    }

    static Version version(TaxJson json, ShokyakuShinkokuStore.Version v, KoteishisanzeiParameters p) {
        List<Gyo> gyo = lines(json, v.meisai());
        SanteiKonkyo.Builder konkyo = new SanteiKonkyo.Builder();
        List<Shisan> shisan = new ArrayList<>();
        Map<ShokyakuShurui, long[]> gokei = new LinkedHashMap<>();
        for (ShokyakuShurui s : ShokyakuShurui.values()) {
            gokei.put(s, new long[2]);
        }
        for (int i = 0; i < gyo.size(); i++) {
            ShokyakuShisanMeisai m = gyo.get(i).meisai();
            long hyoka = ShokyakuHyokaPolicy.hyokagaku(v.nendo(), m, p.shokyakuHyoka(), konkyo);
            shisan.add(new Shisan(i + 1, m.shurui().code(), m.shurui().nameJa(), m.meisho(), m.suryo(),
                    m.shutokuNengetsu().toString(), m.shutokuKakaku(), m.taiyoNensu(), hyoka));
            gokei.get(m.shurui())[0] += m.shutokuKakaku();
            gokei.get(m.shurui())[1] += hyoka;
        }
        List<ShuruiGokei> shurui = gokei.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new ShuruiGokei(e.getKey().code(), e.getKey().nameJa(), e.getValue()[0], e.getValue()[1])).toList();
        return new Version(v.version(), v.version() == 1 ? "shinkoku" : "shusei", v.shinkokuBi().toString(), v.riyu(), shisan,
                shurui, v.shutokuKakakuGokei(), shisan.stream().mapToLong(Shisan::hyokagaku).sum(),
                FukaViews.steps(konkyo.build()), v.shorinengappi().toString(), v.actor());
    }
}
