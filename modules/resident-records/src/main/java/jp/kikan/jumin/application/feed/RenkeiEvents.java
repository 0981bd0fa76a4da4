package jp.kikan.jumin.application.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.jumin.application.JuminRepository;
import jp.kikan.jumin.application.shien.ShienSochiRepository;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.outbox.OutboxEvent;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * Builds the outbox events that announce changes to the other services: a new version
 * ({@value #JUMIN_CHANGED}) or a 支援措置 starting or ending ({@value #SHIEN_SOCHI_CHANGED}). Each gets
 * its own commit-ordered number from the outbox, which is the item's {@code henko_bango}.
 */
@ApplicationScoped
public class RenkeiEvents {

    public static final String JUMIN_CHANGED = "jumin.changed";
    public static final String SHIEN_SOCHI_CHANGED = "jumin.shien-sochi";

    @Inject
    ObjectMapper mapper;

    @Inject
    ShienSochiRepository shienSochi;

    @Inject
    JuminRepository jumin;

    @Inject
    BusinessCalendar calendar;

    /**
     * The events of one 異動's versions: the 支援措置 flag looked up once for all of them, and each item's
     * 世帯主氏名 from the 世帯主 the 異動 left in its household (written in it, or else recorded before).
     */
    public List<OutboxEvent> juminChanged(String lgCode, List<JuminVersion> versions) {
        Set<String> protectedPersons = shienSochi.blocked(lgCode,
                versions.stream().map(JuminVersion::atenabango).distinct().toList(), null, calendar.today());
        Map<String, String> setainushi = setainushiShimei(lgCode, versions);
        return versions.stream().map(v -> event(lgCode, JUMIN_CHANGED, v, RenkeiJumin.of(lgCode, v,
                setainushi.get(v.kisai().setaibango()), protectedPersons.contains(v.atenabango())))).toList();
    }

    /** A 支援措置 started or ended: the latest version again, with the new flag, as a change of its own. */
    public OutboxEvent shienSochiChanged(String lgCode, JuminVersion latest) {
        boolean taisho = !shienSochi.blocked(lgCode, List.of(latest.atenabango()), null, calendar.today()).isEmpty();
        String setainushi = setainushiShimei(lgCode, List.of(latest)).get(latest.kisai().setaibango());
        return event(lgCode, SHIEN_SOCHI_CHANGED, latest,
                RenkeiJumin.of(lgCode, latest, setainushi, taisho).shienSochiChanged(taisho));
    }

    private Map<String, String> setainushiShimei(String lgCode, List<JuminVersion> versions) {
        Map<String, String> names = new HashMap<>();
        versions.stream().filter(v -> v.kisai().setainushi() && v.kisai().jotai().isResident())
                .forEach(v -> names.put(v.kisai().setaibango(), v.kisai().shimei().shimei()));
        Set<String> missing = versions.stream().map(v -> v.kisai().setaibango()).filter(s -> !names.containsKey(s))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            names.putAll(jumin.setainushiShimei(lgCode, missing));
        }
        return names;
    }

    private OutboxEvent event(String lgCode, String type, JuminVersion v, RenkeiJumin item) {
        return new OutboxEvent(lgCode, type, "jumin", v.atenabango(), v.rirekibango(), mapper.valueToTree(item));
    }
}
