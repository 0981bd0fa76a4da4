package jp.kikan.jumin.infrastructure.persistence;

import java.io.Serializable;
import java.util.Objects;

public class JuminRirekiId implements Serializable {
    public String lgCode;
    public String atenabango;
    public Integer rirekibango;

    public JuminRirekiId() {
    }

    public JuminRirekiId(String lgCode, String atenabango, Integer rirekibango) {
        this.lgCode = lgCode;
        this.atenabango = atenabango;
        this.rirekibango = rirekibango;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JuminRirekiId other && Objects.equals(lgCode, other.lgCode)
                && Objects.equals(atenabango, other.atenabango) && Objects.equals(rirekibango, other.rirekibango);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lgCode, atenabango, rirekibango);
    }
}
