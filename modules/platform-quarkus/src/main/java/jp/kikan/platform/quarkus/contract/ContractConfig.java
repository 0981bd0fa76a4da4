package jp.kikan.platform.quarkus.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The contract every request is checked against, and the sizes a request may have. The defaults fit
 * every Kikan service: a service serves its contract from {@code META-INF/openapi-contracts/v1.yaml}.
 */
@ConfigMapping(prefix = "kikan.contract")
public interface ContractConfig {

    /** Classpath location of the contract the service serves as written — and enforces. */
    @WithDefault("META-INF/openapi-contracts/v1.yaml")
    String location();

    /** Off only for a service that has no contract yet; never in production. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The largest request body accepted (bytes), above it 413. 1 MiB holds the largest command (a 転入 of
     * 30 members is about 30 KB) many times over; the transport's own limit stays higher so that the
     * refusal is ours, with a problem+json body.
     */
    @WithDefault("1048576")
    int maxBodyBytes();

    /**
     * The longest request target (path and query, bytes), above it 414. A contract-valid search with every
     * criterion at its maximum length, percent-encoded, stays under 5 KB.
     */
    @WithDefault("8192")
    int maxUriBytes();

    /** The largest total of header names and values (bytes), above it 431; a Keycloak token is 1–4 KB. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
