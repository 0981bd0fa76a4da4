package jp.kikan.chihozei.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jp.kikan.chihozei.koteishisanzei.KoteishisanzeiKeisan;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterLoader;
import jp.kikan.chihozei.koteishisanzei.parameter.loader.KoteiParameterRepository;

/** The 固定資産税・都市計画税 engine with the shipped, dated parameters (checked when the service starts). */
@ApplicationScoped
public class KoteishisanEngineProducer {

    @Produces
    @ApplicationScoped
    KoteiParameterRepository koteiParameters() {
        return KoteiParameterLoader.loadDefaults();
    }

    @Produces
    @ApplicationScoped
    KoteishisanzeiKeisan koteiEngine(KoteiParameterRepository parameters) {
        return new KoteishisanzeiKeisan(parameters);
    }
}
