package jp.kikan.platform.quarkus.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as the standard's APIs write it: item names are snake_case romaji (atenabango, shimei_furigana …),
 * dates are ISO-8601 strings, absent items are omitted.
 *
 * <p>Read strictly, whatever reads it: one JSON value and nothing after it, no property twice, and no
 * value turned into another kind — a number is not a string ({@code "zokugara": 1}), a string is not a
 * number or a boolean ({@code "rirekibango": "3"}, {@code "kojinbango": "yes"}), a lone value is not a
 * list. ({@code null} for a boolean is refused by the contract check: {@code FAIL_ON_NULL_FOR_PRIMITIVES}
 * would also refuse an absent optional boolean of a record.) Every request is checked against the contract before it is
 * read ({@link jp.kikan.platform.quarkus.contract.ContractRequestFilter}), which also refuses properties the
 * contract does not declare; this mapper does not ({@code FAIL_ON_UNKNOWN_PROPERTIES} stays off) because
 * it also reads other services' feeds, and a contract may add optional properties compatibly.
 */
@Singleton
public class StandardJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        strict(mapper);
    }

    /** The strict reading rules above, for any mapper (also used by tests and tools). */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(), true);
        // no scalar coercion in either direction, for every target type
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // JSON has one kind of number: 1 is a fine value for a decimal
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        // …and a string is what a text field is made of, and ISO dates, UUIDs and enums are read from strings
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.OtherScalar,
                LogicalType.Enum}) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }
}
