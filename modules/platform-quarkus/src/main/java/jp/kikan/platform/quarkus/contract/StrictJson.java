package jp.kikan.platform.quarkus.contract;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import jp.kikan.platform.problem.FieldViolation;
import jp.kikan.platform.problem.StandardErrorCode;

/**
 * Reads a request body as exactly one JSON value: nothing may follow it ({@code {…} garbage}), no
 * property may appear twice (which of two values would a use case see?), the bytes must be UTF-8
 * (RFC 8259 §8.1). Numbers, strings and booleans stay what they are; the contract's schema decides
 * whether they are the right kind.
 */
final class StrictJson {

    /** Trailing content is checked by {@link #trailing} itself, to say so rather than "not JSON". */
    static final ObjectMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {
    }

    /** The body as a tree, or throws the violation that refuses it. */
    static JsonNode parse(byte[] body) throws RefusedJson {
        try (JsonParser p = READER.createParser(body)) {
            JsonNode node = READER.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new RefusedJson(new FieldViolation(null, StandardErrorCode.E0001, "body",
                        "リクエスト本文 (JSON) が必要です"));
            }
            trailing(p);
            return node;
        } catch (JsonParseException e) {
            String field = pointer(e);
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new RefusedJson(new FieldViolation(field, StandardErrorCode.E0002, "json-duplicate",
                        "項目 " + field + " が重複しています"));
            }
            throw new RefusedJson(new FieldViolation(field, StandardErrorCode.E0002, "json",
                    "リクエストの形式が正しくありません (JSON として読めません)"));
        } catch (CharConversionException e) {
            throw new RefusedJson(new FieldViolation(null, StandardErrorCode.E0002, "encoding",
                    "本文の文字コードが UTF-8 ではありません"));
        } catch (JsonProcessingException e) {
            throw new RefusedJson(new FieldViolation(null, StandardErrorCode.E0002, "json",
                    "リクエストの形式が正しくありません (JSON として読めません)"));
        } catch (IOException e) {
            // a byte sequence that is not UTF-8 surfaces as an IOException of the parser
            throw new RefusedJson(new FieldViolation(null, StandardErrorCode.E0002, "encoding",
                    "本文の文字コードが UTF-8 ではありません"));
        }
    }

    /** Anything after the value — another value, or text that is not JSON at all — is refused alike. */
    private static void trailing(JsonParser p) throws RefusedJson {
        boolean more;
        try {
            more = p.nextToken() != null;
        } catch (IOException e) {
            more = true;
        }
        if (more) {
            throw new RefusedJson(new FieldViolation(null, StandardErrorCode.E0002, "json-trailing",
                    "JSON の後に余分な文字があります (本文は JSON の値一つだけにしてください)"));
        }
    }

    private static String pointer(JsonParseException e) {
        Object processor = e.getProcessor();
        if (processor instanceof JsonParser p && p.getParsingContext() != null) {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            return pointer.isEmpty() ? null : ContractFields.fromPointer(pointer);
        }
        return null;
    }

    /** The body is not one well-formed JSON value. */
    static final class RefusedJson extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient FieldViolation violation;

        RefusedJson(FieldViolation violation) {
            super(violation.message(), null, false, false);
            this.violation = violation;
        }

        FieldViolation violation() {
            return violation;
        }
    }
}
