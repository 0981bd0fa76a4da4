package jp.kikan.kokuho.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kikan.kokuho.client.chihozei.model.ShotokuJoho;
import jp.kikan.platform.quarkus.shotoku.ShotokuJohoSource;

/**
 * Local tax's income information into the model generated from contracts/local-tax/v1.yaml: the copy local tax's feed
 * delivered, else a read of getShotokuJoho as this service's client (the platform's {@link ShotokuJohoSource}).
 */
@ApplicationScoped
public class ShotokuJohoClient extends ShotokuJohoSource<ShotokuJoho> {

    @Override
    protected Class<ShotokuJoho> type() {
        return ShotokuJoho.class;
    }
}
