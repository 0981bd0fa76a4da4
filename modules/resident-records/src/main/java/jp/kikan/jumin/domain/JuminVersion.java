package jp.kikan.jumin.domain;

/** One version (履歴) of a resident: 宛名番号 + 履歴番号, its 記載事項 and the 異動 that made it. */
public record JuminVersion(String atenabango, int rirekibango, JuminKisai kisai, IdoKiroku ido) {

    public boolean isResident() {
        return kisai.jotai().isResident();
    }
}
