package jp.kikan.chihozei.kojinjuminzei.rei;

/** The 新潟市 example's 年税額 for the instalment tests (computed by the engine, not copied). */
public final class NiigataKeisanreiTestAccess {

    private NiigataKeisanreiTestAccess() {
    }

    public static long nenZeigaku() {
        return NiigataKeisanreiTest.rei1().nenZeigaku();
    }
}
