package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kokuho.client.jumin.model.RenkeiJumin;
import jp.kikan.kokuho.infrastructure.JuminStore;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuIdo;
import jp.kikan.kokuho.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 資格の取得・喪失 from a change of the resident record (x-kikan-function kokuho.shikaku.ido): the change is
 * recorded, the head moves forward, and the entries {@link ShikakuPolicy} decides are appended with the change's
 * 変更番号. A change taken before, or older than the head, adds no entry.
 */
@ApplicationScoped
public class ShikakuIdoTorikomi {

    static final String ACTOR = "feed:jumin";

    @Inject
    JuminStore jumins;

    @Inject
    ShikakuStore shikaku;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public void apply(RenkeiJumin j) {
        if (!jumins.record(j, clock.instant())) {
            return;
        }
        String lg = j.getShikuchosonkodo();
        String a = j.getAtenabango();
        Optional<JuminStore.Jumin> prev = jumins.lock(lg, a);
        if (prev.isPresent() && prev.get().henkoBango() >= j.getHenkoBango()) {
            return;
        }
        jumins.upsert(j);
        LocalDate kaishi = j.getJumintonattanengappi() != null ? j.getJumintonattanengappi()
                : j.getGaikokujinjumintonattanengappi();
        ShikakuPolicy.JuminIdo now = new ShikakuPolicy.JuminIdo(j.getJuminJotai().value(), j.getIdojiyu(),
                j.getIdonengappi(), kaishi, j.getSeinengappi());
        LocalDate today = calendar.today();
        List<ShikakuIdo> idos = ShikakuPolicy.juminIdo(rirekis.rireki(lg, a), prev.map(JuminStore.Jumin::jumin).orElse(false),
                now, ShikakuPolicy.jogai(shikaku.todokede(lg, a)), today);
        for (ShikakuIdo ido : idos) {
            shikaku.append(lg, a, ido, today, j.getHenkoBango(), null, clock.instant(), ACTOR);
        }
    }
}
