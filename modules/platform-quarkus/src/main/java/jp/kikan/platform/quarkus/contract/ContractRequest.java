package jp.kikan.platform.quarkus.contract;

import java.util.List;
import java.util.Map;

/**
 * What the contract check looks at: method, path (decoded, from the application root), query parameters
 * (decoded), headers, content type and the body exactly as received (null when there is none).
 */
public record ContractRequest(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, String contentType, byte[] body) {
}
