package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import jp.kikan.kokuho.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.feed.consumer.Saikeisan;

/**
 * 所得の更正による国保税の更正 (x-kikan-function kokuho.hokenzei.kosei-renkei): when local tax announces a new version of a
 * person's assessment (a 更正, a late 申告) on its feed, every household whose assessment of that 年度 used the person's
 * income — or waits for it on the 所得不明 list — is assessed again with {@link KokuhoFukaKettei}, which stores a new
 * version with the difference only if the result changed (国民健康保険法 第76条; 地方税法 第703条の4: the tax follows
 * the 総所得金額等 of the 年度). The command's idempotency key is the feed's change, so a re-delivered item replays the
 * stored result instead of assessing twice.
 */
@ApplicationScoped
public class ShotokuKoseiSaifuka {

    /** Who the access log and the stored versions name: this service acting on local tax's feed, not a clerk. */
    static final String ACTOR = "feed:kojin-juminzei";

    @Inject
    FukaStore store;

    @Inject
    KokuhoFukaKettei kettei;

    @Inject
    ObjectMapper mapper;

    /** @return the households assessed again (a version is added only where the amount or the head changed) */
    public List<String> apply(KojinJuminzeiRenkei item) {
        String lg = item.getShikuchosonkodo();
        if (lg == null) {
            throw new IllegalStateException("local tax's feed item " + item.getHenkoBango() + " names no municipality");
        }
        int nendo = item.getNendo();
        List<String> setai = store.setaiUsing(lg, item.getAtenabango(), nendo);
        // the recomputation is not a disclosure to a person: it acts for every household, protected or not (支援措置
        // restricts who may look a person up, not which assessments follow the law)
        Caller system = new Caller(lg, ACTOR, Set.of(Roles.CLERK, Roles.SHIEN), "local-tax-feed");
        Saikeisan.rerun(KojinJuminzeiFeed.NAME, item.getHenkoBango(), setai, (key, s) -> kettei.fuka(system, key,
                mapper.createObjectNode().put("setaibango", s).put("nendo", nendo)));
        return setai;
    }
}
