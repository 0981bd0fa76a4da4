package jp.kikan.kaigo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import jp.kikan.kaigo.client.chihozei.model.KojinJuminzeiRenkei;
import jp.kikan.kaigo.infrastructure.FukaStore;
import jp.kikan.platform.quarkus.shotoku.ShotokuKoseiFeed;

/**
 * 所得の更正による保険料の更正 (x-kikan-function kaigo.hokenryo.kosei-renkei): local tax's feed (read into the model
 * generated from contracts/local-tax/v1.yaml) announces a new version of a person's assessment (更正, 期限後申告); every
 * 第1号被保険者 whose premium of that 年度 used the person's income — their own, or as a household member's 課税 — is
 * assessed again with {@link KaigoFukaKettei}: the 段階 follows 本人・世帯の課税状況 and 合計所得金額 (介護保険法施行令
 * 第38条), so a new version with the difference is stored when the stage or the amount changes.
 */
@ApplicationScoped
public class KojinJuminzeiFeed extends ShotokuKoseiFeed<KojinJuminzeiRenkei> {

    @Inject
    FukaStore store;

    @Inject
    KaigoFukaKettei kettei;

    @Override
    protected Settei<KojinJuminzeiRenkei> settei() {
        return new Settei<>(KojinJuminzeiRenkei.class, "atenabango", Set.of(Roles.CLERK, Roles.SHIEN),
                store::atenabangoUsing, kettei::fuka);
    }
}
