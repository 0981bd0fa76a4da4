package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import jp.kikan.chihozei.application.parameter.ParameterKensa;
import jp.kikan.chihozei.application.parameter.ParameterOverlays;
import jp.kikan.chihozei.application.parameter.ParameterViews;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.kojinjuminzei.KojinJuminzeiKeisan;
import jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka;
import jp.kikan.chihozei.kojinjuminzei.domain.Nendo;
import jp.kikan.chihozei.kojinjuminzei.domain.policy.FutsuChoshuPolicy;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * 試算 (x-kikan-function kojin-juminzei.keisan): what a citizen or clerk enters → the tax, its 普通徴収 instalments
 * and the 算定根拠, by the same engine and parameters as the assessment. Nothing is stored and no personal data
 * is read, so nothing is written to the access log.
 *
 * <p>A request may carry a municipality's overlay ({@code parameters}, the shape of a {@code municipalities/*.yaml}
 * file) and a prefecture's ({@code todofuken_parameters}): then the national values with these overlays are used — any
 * city's published 級地, 超過課税 or 納期, so that its published worked example is reproduced without loading it. The
 * set is checked as a shipped file is, lives for this request only and never changes the stored parameters.
 */
@ApplicationScoped
public class KojinJuminzeiShisan {

    static final String INLINE = "parameters";
    static final String INLINE_KEN = "todofuken_parameters";

    @Inject
    KojinJuminzeiKeisan engine;

    @Inject
    ParameterRepository parameters;

    @Inject
    ParameterOverlays overlays;

    @Inject
    TaxJson json;

    public FukaViews.Shisan shisan(JsonNode request) {
        ObjectNode nyuryoku = request.deepCopy();
        JsonNode city = nyuryoku.remove(INLINE);
        JsonNode ken = nyuryoku.remove(INLINE_KEN);
        String code = request.path("shikuchosonkodo").asText();
        if (city == null) {
            if (ken != null) {
                throw new RuleViolationException(RuleViolationException.UNPROCESSABLE, ParameterKensa.RULE,
                        "都道府県のパラメータ (todofuken_parameters) は市区町村のパラメータ (parameters) とともに指定してください",
                        java.util.List.of(new jp.kikan.platform.problem.FieldViolation(INLINE, StandardErrorCode.E0001,
                                ParameterKensa.RULE, "todofuken_parameters には parameters が必要です")));
            }
            overlays.refresh(code);
            KojinJuminzeiFuka fuka = engine.fuka(json.nyuryoku(nyuryoku));
            OptionalInt version = overlays.applied(code);
            return result(fuka, parameters, new ParameterViews.ParameterShugo(version.isPresent() ? "toroku" : "kitei", code,
                    name(parameters, code), version.isPresent() ? version.getAsInt() : null));
        }
        if (!code.equals(city.path("dantai_code").asText())) {
            throw new RuleViolationException("dantai-code", INLINE + ".dantai_code", StandardErrorCode.E0004,
                    "試算のパラメータの団体コード (parameters.dantai_code) が市区町村コード (shikuchosonkodo) " + code
                            + " と一致しません");
        }
        ParameterRepository inline = ParameterKensa.overlaid(parameters, city, INLINE, ken, INLINE_KEN, "試算の入力");
        KojinJuminzeiFuka fuka = new KojinJuminzeiKeisan(inline).fuka(json.nyuryoku(nyuryoku));
        return result(fuka, inline, new ParameterViews.ParameterShugo("inline", code, name(inline, code), null));
    }

    private static String name(ParameterRepository set, String code) {
        return set.municipality(code).map(ParameterRepository.Overlay::nameJa).orElse(null);
    }

    private static FukaViews.Shisan result(KojinJuminzeiFuka fuka, ParameterRepository set, ParameterViews.ParameterShugo used) {
        var p = set.parameters(new Nendo(fuka.nendo().seireki()), fuka.shikuchosonkodo());
        return new FukaViews.Shisan(FukaViews.of(fuka), FukaViews.of(FutsuChoshuPolicy.kibetsu(fuka.nenZeigaku(), p)), used);
    }
}
