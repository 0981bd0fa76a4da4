package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.Objects;

/** A typed parameter value of one 年度 with its {@link ParameterRef}. */
public record Param<T>(T value, ParameterRef ref) {

    public Param {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ref, "ref");
    }
}
