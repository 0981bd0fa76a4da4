package jp.kikan.platform.test.fuzz;

import io.swagger.v3.oas.models.media.Schema;

/** Small questions about an OpenAPI 3.0 schema (fully resolved: no $ref left). */
final class Schemas {

    private Schemas() {
    }

    static String type(Schema<?> s) {
        if (s == null) {
            return "string";
        }
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getProperties() != null) {
            return "object";
        }
        if (s.getItems() != null) {
            return "array";
        }
        return "string";
    }

    static boolean isMultiline(Schema<?> s) {
        return s != null && s.getExtensions() != null && Boolean.TRUE.equals(s.getExtensions().get("x-kikan-multiline"));
    }
}
