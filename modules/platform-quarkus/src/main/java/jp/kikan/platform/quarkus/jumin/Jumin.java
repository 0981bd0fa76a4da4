package jp.kikan.platform.quarkus.jumin;

import java.time.LocalDate;

/** A resident's head (latest version) as a consuming service keeps it from resident records' feed. */
public record Jumin(String lgCode, String atenabango, long henkoBango, String setaibango, String shimei,
        String shimeiFurigana, LocalDate seinengappi, String zokugara, String juminJotai, boolean shienSochiTaisho) {

    /** Still a resident (住民状態 jumin), not moved out, dead or struck off. */
    public boolean jumin() {
        return "jumin".equals(juminJotai);
    }

    /** 続柄 世帯主 in the 住民票. */
    public boolean setainushi() {
        return "世帯主".equals(zokugara);
    }
}
