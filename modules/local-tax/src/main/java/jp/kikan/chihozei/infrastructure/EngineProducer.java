package jp.kikan.chihozei.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jp.kikan.chihozei.kojinjuminzei.KojinJuminzeiKeisan;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterLoader;
import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterRepository;

/** The 個人住民税 engine with the shipped, dated parameters (checked when the service starts). */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @ApplicationScoped
    ParameterRepository parameters() {
        return ParameterLoader.loadDefaults();
    }

    @Produces
    @ApplicationScoped
    KojinJuminzeiKeisan engine(ParameterRepository parameters) {
        return new KojinJuminzeiKeisan(parameters);
    }
}
