package jp.kikan.chihozei.koteishisanzei.domain.policy;

import static jp.kikan.chihozei.koteishisanzei.domain.policy.KoteiKonkyo.in;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;
import jp.kikan.chihozei.kojinjuminzei.parameter.Param;
import jp.kikan.chihozei.koteishisanzei.domain.KoteiKoseiKekka;
import jp.kikan.chihozei.koteishisanzei.parameter.KoteiParams;
import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * 更正 (地方税法第17条の5: within 5 years of the 法定納期限) of an assessment: the 期 already due keep their amounts and the
 * new total less them is spread over the 期 not yet due by the 納期 rule of the 年度 (each rounded down to its unit, the
 * rest to the first of them); a 年度 with no 期 left (a past 年度) puts the whole difference in 随時, and so does a
 * decrease larger than what is left (還付, negative). The same convention as 個人住民税's KoseiPolicy.
 */
public final class KoteiKoseiPolicy {

    private KoteiKoseiPolicy() {
    }

    /**
     * @param genzai the plan of the 期 as it stands (the last version's)
     * @param shin   the new total
     * @param kijun  期 of this month and before are due
     */
    public static KoteiKoseiKekka kosei(List<Kibetsu> genzai, long shin, YearMonth kijun, Param<KoteiParams.Noki> noki) {
        long torai = 0;
        List<Kibetsu> nokori = new ArrayList<>();
        for (Kibetsu k : genzai) {
            if (k.nengetsu().isAfter(kijun)) {
                nokori.add(k);
            } else {
                torai += k.zeigaku();
            }
        }
        long rest = shin - torai;
        long zuiji = 0;
        List<Long> split = new ArrayList<>();
        if (nokori.isEmpty() || rest < 0) {
            zuiji = rest;
            nokori.forEach(k -> split.add(0L));
        } else {
            long unit = noki.value().hasuTani();
            long each = rest / nokori.size() / unit * unit;
            for (int i = 0; i < nokori.size(); i++) {
                split.add(i == 0 ? rest - each * (nokori.size() - 1) : each);
            }
        }
        List<KoteiKoseiKekka.Sagaku> out = new ArrayList<>();
        List<Kibetsu> koseigo = new ArrayList<>();
        int j = 0;
        for (Kibetsu k : genzai) {
            boolean due = !k.nengetsu().isAfter(kijun);
            long after = due ? k.zeigaku() : split.get(j++);
            out.add(new KoteiKoseiKekka.Sagaku(k.kibetsu(), k.nengetsu(), k.zeigaku(), after, after - k.zeigaku(), due));
            koseigo.add(new Kibetsu(k.kibetsu(), k.nengetsu(), after));
        }
        long mae = genzai.stream().mapToLong(Kibetsu::zeigaku).sum();
        SanteiKonkyo konkyo = new SanteiKonkyo(List.of(KoteiKonkyo.step(KoteiRule.KIBETSU, null, shin - mae,
                List.of(in("更正前の年税額", mae), in("更正後の年税額", shin), in("納期の到来した税額", torai),
                        in("残りの納期の数", nokori.size())),
                List.of(KoteiKonkyo.use(noki, noki.value().hasuTani() + "円未満は残りの最初の期")),
                nokori.isEmpty() ? "残りの納期なし: 差額は随時" : rest < 0 ? "納期の到来した税額が更正後の税額を超える: 差額は還付（随時）"
                        : "差額を残りの期に割り振る")));
        return new KoteiKoseiKekka(out, zuiji, koseigo, konkyo);
    }
}
