package jp.kikan.kokuho.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import jp.kikan.kokuho.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.kokuho.infrastructure.FukaStore;
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

    @Override
    protected Settei<KojinJuminzeiRenkei> settei() {
        return new Settei<>(KojinJuminzeiRenkei.class, "setaibango", Set.of(Roles.CLERK, Roles.SHIEN),
                store::setaiUsing, kettei::fuka);
    }
}
