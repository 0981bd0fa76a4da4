package jp.kikan.chihozei.kojinjuminzei.parameter;

/** How sure a parameter value is — shown in every explanation that uses it. */
public enum ParameterStatus {
    /** Stated by the public source cited. */
    CONFIRMED("confirmed"),
    /** Derived from the worked examples of the source (the rule itself is not stated). */
    INFERRED("inferred"),
    /** Not found in a public source read: a parameter with a note, to be confirmed before relying on it. */
    UNCONFIRMED("unconfirmed");

    private final String key;

    ParameterStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ParameterStatus of(String key) {
        for (ParameterStatus s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be confirmed, inferred or unconfirmed: " + key);
    }
}
