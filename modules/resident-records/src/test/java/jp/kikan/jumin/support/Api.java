package jp.kikan.jumin.support;

import io.restassured.specification.RequestSpecification;
import jp.kikan.platform.test.ContractApi;

/**
 * Every request in the tests goes through the contract: responses are always validated against
 * contracts/resident-records/v1.yaml; requests too, except in tests that send bad input on purpose.
 */
public final class Api {

    private static final ContractApi CONTRACT = new ContractApi(ContractApi.SERVED_CONTRACT);

    private Api() {
    }

    /** A well-formed request: request and response are validated against the contract. */
    public static RequestSpecification as(String token) {
        return CONTRACT.as(token);
    }

    /** A request that is wrong on purpose: only the response is validated against the contract. */
    public static RequestSpecification badInputAs(String token) {
        return CONTRACT.badInputAs(token);
    }

    public static RequestSpecification anonymous() {
        return CONTRACT.anonymous();
    }

    public static RequestSpecification ido(String token) {
        return CONTRACT.command(token);
    }
}
