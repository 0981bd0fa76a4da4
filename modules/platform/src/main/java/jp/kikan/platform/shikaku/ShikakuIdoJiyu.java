package jp.kikan.platform.shikaku;

/**
 * A 資格異動事由 of an insurance (国民健康保険, 介護保険 …): a service's enum of reasons implements it by holding one
 * {@link JiyuTeigi} each, so that the accessors and the lookup by code are written once.
 */
public interface ShikakuIdoJiyu {

    JiyuTeigi teigi();

    default String code() {
        return teigi().code();
    }

    default String nameJa() {
        return teigi().nameJa();
    }

    default IdoKubun kubun() {
        return teigi().kubun();
    }

    default String legalBasis() {
        return teigi().legalBasis();
    }

    /** The reason of an enum by its code. */
    static <E extends Enum<E> & ShikakuIdoJiyu> E of(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown 資格異動事由 " + code);
    }
}
