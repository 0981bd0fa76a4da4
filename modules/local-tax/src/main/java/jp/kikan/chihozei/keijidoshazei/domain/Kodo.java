package jp.kikan.chihozei.keijidoshazei.domain;

import java.util.Optional;

/** A code of the contract (車種区分, 燃料, グリーン化特例の区分, 税率の区分): its value and its Japanese name. */
public interface Kodo {

    String code();

    String nameJa();

    /** The constant of {@code type} with this code, compared exactly. */
    static <E extends Enum<E> & Kodo> Optional<E> of(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
