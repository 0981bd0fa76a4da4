package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KoteishisanFukaStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.domain.Kibetsu;

/** A stored 固定資産税 assessment version read back: its plan of the 期 and its contract view (KoteishisanzeiFukaHan). */
record KoteishisanzeiFukaVersion(KoteishisanFukaStore.Version v) {

    List<Kibetsu> kibetsu(TaxJson json) {
        List<Kibetsu> out = new ArrayList<>();
        json.tree(v.kekka()).get("kibetsu").forEach(k -> out.add(new Kibetsu(k.get("kibetsu").asText(),
                YearMonth.parse(k.get("nengetsu").asText()), k.get("zeigaku").asLong())));
        return out;
    }

    static KoteishisanViews.FukaHan view(TaxJson json, int nendo, KoteishisanFukaStore.Version v) {
        List<FukaViews.Sagaku> sagaku = new ArrayList<>();
        Long zuiji = null;
        Long zengaku = null;
        if (v.kosei() != null) {
            JsonNode k = json.tree(v.kosei());
            k.get("sagaku").forEach(s -> sagaku.add(json.mapper().convertValue(s, FukaViews.Sagaku.class)));
            zuiji = k.get("zuiji").asLong();
            zengaku = k.get("zengaku").asLong();
        }
        List<String> owners = new ArrayList<>();
        json.tree(v.shoyusha()).forEach(a -> owners.add(a.asText()));
        return new KoteishisanViews.FukaHan(v.shoyushaKey(), owners, v.daihyosha(), nendo, v.version(), v.kubun(), v.riyu(),
                v.shorinengappi().toString(), v.nenzeigaku(), json.tree(v.kekka()), sagaku, zuiji, zengaku);
    }
}
