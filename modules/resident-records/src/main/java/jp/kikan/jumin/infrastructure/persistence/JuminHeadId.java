package jp.kikan.jumin.infrastructure.persistence;

import java.io.Serializable;
import java.util.Objects;

public class JuminHeadId implements Serializable {
    public String lgCode;
    public String atenabango;

    @Override
    public boolean equals(Object o) {
        return o instanceof JuminHeadId other && Objects.equals(lgCode, other.lgCode)
                && Objects.equals(atenabango, other.atenabango);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lgCode, atenabango);
    }
}
