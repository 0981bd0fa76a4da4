/**
 * The contract is enforced on every request. A service serves its contract as written
 * ({@code META-INF/openapi-contracts/v1.yaml}); {@link jp.kikan.platform.quarkus.contract.ContractRequestFilter}
 * checks each request against it before the resource method — and so any use case — sees it, and refuses
 * with problem+json 400 naming each field with the standard's code (E0001–E0004). The rules beyond the
 * schema are the platform's, the same for every service: one JSON value in UTF-8
 * ({@link jp.kikan.platform.quarkus.contract.StrictJson}), no control characters, lone surrogates or U+FFFD
 * in any text ({@link jp.kikan.platform.quarkus.contract.RequestText}), sizes within
 * {@link jp.kikan.platform.quarkus.contract.ContractConfig} and answered with problem+json when not
 * ({@link jp.kikan.platform.quarkus.contract.HttpLimits}). Nothing is trimmed, coerced, clamped or normalised.
 */
package jp.kikan.platform.quarkus.contract;
