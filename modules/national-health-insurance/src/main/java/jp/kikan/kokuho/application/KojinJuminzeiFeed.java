package jp.kikan.kokuho.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import jp.kikan.kokuho.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.kokuho.infrastructure.FukaStore;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.quarkus.shotoku.ShotokuKoseiFeed;

/**
 * 所得の更正による国保税の更正 (x-kikan-function kokuho.hokenzei.kosei-renkei): local tax's feed (read into the model
 * generated from contracts/local-tax/v1.yaml) announces a new version of a person's assessment (a 更正, a late 申告);
 * every household whose assessment of that 年度 used the person's income — or waits for it on the 所得不明 list — is
 * assessed again with {@link KokuhoFukaKettei}, which stores a new version with the difference only if the result
 * changed (国民健康保険法 第76条; 地方税法 第703条の4: the tax follows the 総所得金額等 of the 年度).
 */
@ApplicationScoped
public class KojinJuminzeiFeed extends ShotokuKoseiFeed<KojinJuminzeiRenkei> {

    @Inject
    FukaStore store;

    @Inject
    KokuhoFukaKettei kettei;

    @Inject
    ObjectMapper mapper;

    @Override
    protected Class<KojinJuminzeiRenkei> type() {
        return KojinJuminzeiRenkei.class;
    }

    @Override
    protected List<String> affected(ShotokuKosei kosei) {
        return store.setaiUsing(kosei.lgCode(), kosei.atenabango(), kosei.nendo());
    }

    @Override
    protected Set<String> systemRoles() {
        return Set.of(Roles.CLERK, Roles.SHIEN);
    }

    @Override
    protected void rerun(Caller system, String idempotencyKey, String setaibango, int nendo) {
        kettei.fuka(system, idempotencyKey, mapper.createObjectNode().put("setaibango", setaibango).put("nendo", nendo));
    }
}
