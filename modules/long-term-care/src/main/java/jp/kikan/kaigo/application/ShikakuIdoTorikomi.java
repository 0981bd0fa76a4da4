package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.quarkus.jumin.Jumin;
import jp.kikan.platform.quarkus.jumin.JuminHenko;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 住民異動情報をもとにした資格異動 (機能ID 0230265; x-kikan-function kaigo.shikaku.ido): the entries
 * {@link ShikakuPolicy} decides are appended with the change's 変更番号; the first 取得 issues the 被保険者番号 (0230275).
 * {@link JuminFeed} calls it only for a change that moved the person's head forward.
 */
@ApplicationScoped
public class ShikakuIdoTorikomi {

    static final String ACTOR = "feed:jumin";

    @Inject
    ShikakuStore shikaku;

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
        List<ShikakuIdo> idos = ShikakuPolicy.juminIdo(shikaku.rireki(lg, a), previous.map(Jumin::jumin).orElse(false),
                now, today);
        for (ShikakuIdo ido : idos) {
            shikaku.append(lg, a, ido, today, j.henkoBango(), null, clock.instant(), ACTOR);
            if (ido.shutoku()) {
                shikaku.issueBango(lg, a, clock.instant());
            }
        }
    }
}
