package jp.kikan.jumin.application.ido;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an 異動 recorded: the new versions and the households touched. */
public record IdoKekka(UUID idoId, String idojiyu, LocalDate idonengappi, LocalDate shorinengappi,
        List<String> setaibango, List<Kiroku> jumin) {

    public record Kiroku(String atenabango, int rirekibango) {
    }
}
