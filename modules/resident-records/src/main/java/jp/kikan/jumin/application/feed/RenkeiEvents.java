package jp.kikan.jumin.application.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.jumin.application.shien.ShienSochiRepository;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.outbox.OutboxEvent;
import jp.kikan.platform.time.BusinessCalendar;

/** Builds the outbox event that announces a new resident version to the other services. */
@ApplicationScoped
public class RenkeiEvents {

    public static final String JUMIN_CHANGED = "jumin.changed";

    @Inject
    ObjectMapper mapper;

    @Inject
    ShienSochiRepository shienSochi;

    @Inject
    BusinessCalendar calendar;

    public OutboxEvent juminChanged(String lgCode, JuminVersion v) {
        return juminChanged(lgCode, List.of(v)).get(0);
    }

    /** The events of one 異動's versions, with the 支援措置 flag looked up once for all of them. */
    public List<OutboxEvent> juminChanged(String lgCode, List<JuminVersion> versions) {
        java.util.Set<String> protectedPersons = shienSochi.blocked(lgCode,
                versions.stream().map(JuminVersion::atenabango).distinct().toList(), null, calendar.today());
        return versions.stream().map(v -> new OutboxEvent(lgCode, JUMIN_CHANGED, "jumin", v.atenabango(),
                v.rirekibango(), mapper.valueToTree(RenkeiJumin.of(v, null, protectedPersons.contains(v.atenabango())))))
                .toList();
    }
}
