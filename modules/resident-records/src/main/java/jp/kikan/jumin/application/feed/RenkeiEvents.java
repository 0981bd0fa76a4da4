package jp.kikan.jumin.application.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kikan.jumin.application.BusinessCalendar;
import jp.kikan.jumin.application.shien.ShienSochiRepository;
import jp.kikan.jumin.domain.JuminVersion;
import jp.kikan.platform.outbox.OutboxEvent;

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
        boolean protectedPerson = !shienSochi.blocked(lgCode, List.of(v.atenabango()), null, calendar.today()).isEmpty();
        RenkeiJumin payload = RenkeiJumin.of(v, null, protectedPerson);
        return new OutboxEvent(lgCode, JUMIN_CHANGED, "jumin", v.atenabango(), v.rirekibango(),
                mapper.valueToTree(payload));
    }
}
