package jp.kikan.platform.quarkus.contract;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The service's contract, loaded and compiled once at start-up (a service whose contract cannot be read
 * does not start), with the limits that go with it.
 */
@Singleton
@Startup
public class ContractEnforcement {

    @Inject
    ContractConfig config;

    private ContractRequestCheck check;

    @PostConstruct
    void load() {
        check = config.enabled() ? ContractRequestCheck.fromClasspath(config.location()) : null;
    }

    /** The check, or null when enforcement is turned off. */
    public ContractRequestCheck check() {
        return check;
    }

    public ContractConfig config() {
        return config;
    }
}
