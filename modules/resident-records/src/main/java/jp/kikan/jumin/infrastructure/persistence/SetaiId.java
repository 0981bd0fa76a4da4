package jp.kikan.jumin.infrastructure.persistence;

import java.io.Serializable;
import java.util.Objects;

public class SetaiId implements Serializable {
    public String lgCode;
    public String setaibango;

    @Override
    public boolean equals(Object o) {
        return o instanceof SetaiId other && Objects.equals(lgCode, other.lgCode)
                && Objects.equals(setaibango, other.setaibango);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lgCode, setaibango);
    }
}
