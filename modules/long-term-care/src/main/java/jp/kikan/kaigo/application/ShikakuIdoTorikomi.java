package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.kaigo.client.jumin.model.RenkeiJumin;
import jp.kikan.kaigo.infrastructure.JuminStore;
import jp.kikan.kaigo.infrastructure.ShikakuStore;
import jp.kikan.kaigo.shikaku.domain.ShikakuIdo;
import jp.kikan.kaigo.shikaku.domain.ShikakuPolicy;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 住民異動情報をもとにした資格異動 (機能ID 0230265; x-kikan-function kaigo.shikaku.ido): the change of the resident
 * record is recorded, the head moves forward, and the entries {@link ShikakuPolicy} decides are appended with the
 * change's 変更番号; the first 取得 issues the 被保険者番号 (0230275). A change taken before, or older than the head,
 * adds nothing.
 */
@ApplicationScoped
public class ShikakuIdoTorikomi {

    static final String ACTOR = "feed:jumin";

    @Inject
    JuminStore jumins;

    @Inject
    ShikakuStore shikaku;

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
        List<ShikakuIdo> idos = ShikakuPolicy.juminIdo(shikaku.rireki(lg, a), prev.map(JuminStore.Jumin::jumin).orElse(false),
                now, today);
        for (ShikakuIdo ido : idos) {
            shikaku.append(lg, a, ido, today, j.getHenkoBango(), null, clock.instant(), ACTOR);
            if (ido.shutoku()) {
                shikaku.issueBango(lg, a, clock.instant());
            }
        }
    }
}
