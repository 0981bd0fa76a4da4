package jp.kikan.chihozei.keijidoshazei.parameter.loader;

import jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException;

/** A 軽自動車税 parameter file or inline set is not valid, at {@link #path()} ({@code parameters.zeiritsu.values[0]}). */
public final class KeijidoshazeiParameterException extends ParameterException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String what;

    KeijidoshazeiParameterException(String file, String where, String what) {
        super(file + ": " + (where.isEmpty() ? "(top)" : where) + ": " + what);
        this.where = where;
        this.what = what;
    }

    /** The place inside the file or set; empty for its top. */
    @Override
    public String path() {
        return where;
    }

    @Override
    public String problem() {
        return what;
    }
}
