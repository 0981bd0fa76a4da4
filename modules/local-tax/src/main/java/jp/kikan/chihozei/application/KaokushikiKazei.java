package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.chihozei.infrastructure.KaokushikiStore;
import jp.kikan.chihozei.kojinjuminzei.domain.KaokushikiKiso;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.KaokushikiKazeiPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.KojinJuminzeiParameters;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 家屋敷課税 (x-kikan-function kojin-juminzei.kaokushiki-kazei) of a 住登外者 for one 年度: the 事務所・事業所・家屋敷 they
 * held here on the 賦課期日, what the 住所地 reported of them ({@code jushochi_jokyo}), the 均等割 by
 * {@link KaokushikiKazeiPolicy}, collected by 普通徴収 in the city's instalments (地方税法第319条の2: no employer here
 * collects it).
 */
@ApplicationScoped
public class KaokushikiKazei {

    @Inject
    KaokushikiStore store;

    @Inject
    ParameterRepository parameters;

    /** Whether the person held a 事務所・事業所・家屋敷 here on the 賦課期日 of the 年度. */
    public boolean heldOn(String lgCode, String atenabango, Nendo nendo) {
        return !held(lgCode, atenabango, nendo).isEmpty();
    }

    private List<KaokushikiKiso.Jimusho> held(String lgCode, String atenabango, Nendo nendo) {
        LocalDate fukaKijitsu = nendo.fukaKijitsu();
        return store.latest(lgCode, atenabango).stream().filter(v -> v.heldOn(fukaKijitsu))
                .map(v -> new KaokushikiKiso.Jimusho(KaokushikiViews.KUBUN_MEI.get(v.kubun()), v.shozaichi())).toList();
    }

    public FukaComputation.Kekka kekka(String lgCode, String atenabango, Nendo nendo, JsonNode jushochiJokyo) {
        LocalDate fukaKijitsu = nendo.fukaKijitsu();
        List<KaokushikiKiso.Jimusho> held = held(lgCode, atenabango, nendo);
        if (held.isEmpty()) {
            throw new RuleViolationException("kaokushiki-nashi", "atenabango", StandardErrorCode.E0004, nendo.label()
                    + "の賦課期日 (" + fukaKijitsu + ") に市内に事務所・事業所・家屋敷を有していないため、住登外者には課税できません"
                    + " (地方税法第294条第1項第2号)");
        }
        KojinJuminzeiParameters p = parameters.parameters(nendo, lgCode);
        KojinJuminzeiFuka fuka = KaokushikiKazeiPolicy.fuka(new KaokushikiKiso(nendo, lgCode, held, jokyo(jushochiJokyo)), p);
        return new FukaComputation.Kekka(fuka, FutsuChoshuPolicy.kibetsu(fuka.nenZeigaku(), p), null);
    }

    private static KaokushikiKiso.JushochiJokyo jokyo(JsonNode j) {
        if (j == null || j.isNull()) {
            return KaokushikiKiso.JushochiJokyo.nashi();
        }
        return new KaokushikiKiso.JushochiJokyo(j.path("seikatsu_hogo").asBoolean(false), j.path("shogaisha_to").asBoolean(false),
                j.hasNonNull("gokei_shotoku_kingaku") ? j.get("gokei_shotoku_kingaku").asLong() : null,
                j.hasNonNull("ninzu") ? j.get("ninzu").asInt() : 1);
    }
}
