package jp.kikan.chihozei.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jp.kikan.chihozei.keijidoshazei.KeijidoshazeiKeisan;
import jp.kikan.chihozei.keijidoshazei.parameter.loader.KeijidoshazeiParameterLoader;

/** The 軽自動車税 engine with the shipped, dated parameters (checked when the service starts). */
@ApplicationScoped
public class KeijidoshazeiEngineProducer {

    @Produces
    @ApplicationScoped
    KeijidoshazeiKeisan keijidoshazei() {
        return new KeijidoshazeiKeisan(KeijidoshazeiParameterLoader.loadDefaults());
    }
}
