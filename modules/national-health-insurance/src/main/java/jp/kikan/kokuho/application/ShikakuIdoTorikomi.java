package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kokuho.infrastructure.ShikakuStore;
import jp.kikan.kokuho.shikaku.domain.ShikakuIdo;
import jp.kikan.kokuho.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminHenko;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 資格の取得・喪失 from a change of the resident record (x-kikan-function kokuho.shikaku.ido): the entries
 * {@link ShikakuPolicy} decides are appended with the change's 変更番号. {@link JuminFeed} calls it only for a change
 * that moved the person's head forward (one taken before, or older than the head, adds no entry).
 */
@ApplicationScoped
public class ShikakuIdoTorikomi {

    static final String ACTOR = "feed:jumin";

    @Inject
    ShikakuStore shikaku;

    @Inject
    ShikakuRirekis rirekis;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    /** The change moved the person's head forward ({@code previous}: the head before it, if any). */
    public void apply(Optional<Jumin> previous, JuminHenko j) {
        String lg = j.lgCode();
        String a = j.atenabango();
        ShikakuPolicy.JuminIdo now = new ShikakuPolicy.JuminIdo(j.juminJotai(), j.idojiyu(), j.idonengappi(),
                j.juminKaishibi(), j.seinengappi());
        LocalDate today = calendar.today();
        List<ShikakuIdo> idos = ShikakuPolicy.juminIdo(rirekis.rireki(lg, a), previous.map(Jumin::jumin).orElse(false),
                now, ShikakuPolicy.jogai(shikaku.todokede(lg, a)), today);
        for (ShikakuIdo ido : idos) {
            shikaku.append(lg, a, ido, today, j.henkoBango(), null, clock.instant(), ACTOR);
        }
    }
}
