package jp.kikan.chihozei.application.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalInt;
import jp.kikan.chihozei.infrastructure.ParameterOverlayStore;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;
import jp.kikan.platform.caller.Caller;

/**
 * パラメータの照会 (x-kikan-function kojin-juminzei.parameter-toroku): which set the municipality's assessments use now,
 * the document of the loaded version in use, and every version loaded (who, when, from which publication). No personal
 * data is read, so nothing is written to the access log.
 */
@ApplicationScoped
public class ParameterRirekiShokai {

    @Inject
    ParameterOverlayStore store;

    @Inject
    ParameterOverlays overlays;

    @Inject
    ParameterRepository repository;

    @Inject
    ObjectMapper mapper;

    public ParameterViews.Rireki shokai(Caller caller, String shikuchosonkodo) {
        ParameterToroku.requireOwn(caller, shikuchosonkodo);
        overlays.refresh(shikuchosonkodo);
        List<ParameterViews.Han> versions = store.history(shikuchosonkodo).stream().map(ParameterToroku::view).toList();
        OptionalInt applied = overlays.applied(shikuchosonkodo);
        String dantaiMei = repository.municipality(shikuchosonkodo).map(ParameterRepository.Overlay::nameJa).orElse(null);
        if (applied.isEmpty()) {
            return new ParameterViews.Rireki(shikuchosonkodo, dantaiMei, dantaiMei == null ? "nashi" : "kitei", null, null,
                    versions);
        }
        JsonNode doc = store.version(shikuchosonkodo, applied.getAsInt()).map(v -> tree(v.doc())).orElse(null);
        return new ParameterViews.Rireki(shikuchosonkodo, dantaiMei, "toroku", applied.getAsInt(), doc, versions);
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
