package jp.kikan.chihozei.kojinjuminzei.parameter;

import java.util.Objects;
import java.util.function.Function;

/** A pair of values for 市町村民税 ({@code shi}) and 道府県民税 ({@code ken}). */
public record ShiKen<T>(T shi, T ken) {

    public ShiKen {
        Objects.requireNonNull(shi, "shi");
        Objects.requireNonNull(ken, "ken");
    }

    public <R> ShiKen<R> map(Function<T, R> f) {
        return new ShiKen<>(f.apply(shi), f.apply(ken));
    }

    public T get(Bubun bubun) {
        return bubun == Bubun.SHI ? shi : ken;
    }

    /** Which of the two taxes. */
    public enum Bubun {
        SHI("市町村民税"), KEN("道府県民税");

        private final String nameJa;

        Bubun(String nameJa) {
            this.nameJa = nameJa;
        }

        public String nameJa() {
            return nameJa;
        }
    }
}
