package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.KojinJuminzeiKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;

/**
 * 試算 (x-kikan-function kojin-juminzei.keisan): what a citizen or clerk enters → the tax, its 普通徴収 instalments
 * and the 算定根拠, by the same engine and parameters as the assessment. Nothing is stored and no personal data
 * is read, so nothing is written to the access log.
 */
@ApplicationScoped
public class KojinJuminzeiShisan {

    @Inject
    KojinJuminzeiKeisan engine;

    @Inject
    ParameterRepository parameters;

    @Inject
    TaxJson json;

    public FukaViews.Shisan shisan(JsonNode request) {
        KojinJuminzeiFuka fuka = engine.fuka(json.nyuryoku(request));
        var p = parameters.parameters(new Nendo(fuka.nendo().seireki()), fuka.shikuchosonkodo());
        return new FukaViews.Shisan(FukaViews.of(fuka), FukaViews.of(FutsuChoshuPolicy.kibetsu(fuka.nenZeigaku(), p)));
    }
}
