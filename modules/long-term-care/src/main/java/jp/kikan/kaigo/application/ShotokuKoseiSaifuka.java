package jp.kikan.kaigo.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import jp.kikan.kaigo.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.feed.consumer.Saikeisan;

/**
 * 所得の更正による保険料の更正 (x-kikan-function kaigo.hokenryo.kosei-renkei): when local tax announces a new version of a
 * person's assessment (更正, 期限後申告) on its feed, every 第1号被保険者 whose premium of that 年度 used the person's
 * income — their own, or as a household member's 課税 — is assessed again with {@link KaigoFukaKettei}: the 段階
 * follows 本人・世帯の課税状況 and 合計所得金額 (介護保険法施行令第38条), so a new version with the difference is stored
 * when the stage or the amount changes. Idempotent per change (the platform's {@link Saikeisan}).
 */
@ApplicationScoped
public class ShotokuKoseiSaifuka {

    /** Who the access log and the stored versions name: this service acting on local tax's feed, not a clerk. */
    static final String ACTOR = "feed:kojin-juminzei";

    @Inject
    FukaStore store;

    @Inject
    KaigoFukaKettei kettei;

    @Inject
    ObjectMapper mapper;

    /** @return the insured assessed again */
    public List<String> apply(KojinJuminzeiRenkei item) {
        String lg = item.getShikuchosonkodo();
        if (lg == null) {
            throw new IllegalStateException("local tax's feed item " + item.getHenkoBango() + " names no municipality");
        }
        int nendo = item.getNendo();
        List<String> insured = store.atenabangoUsing(lg, item.getAtenabango(), nendo);
        // not a disclosure to a person: protected or not, the premium follows the law (支援措置 restricts lookups)
        Caller system = new Caller(lg, ACTOR, Set.of(Roles.CLERK, Roles.SHIEN), "local-tax-feed");
        Saikeisan.rerun(KojinJuminzeiFeed.NAME, item.getHenkoBango(), insured, (key, a) -> kettei.fuka(system, key,
                mapper.createObjectNode().put("atenabango", a).put("nendo", nendo)));
        return insured;
    }
}
