package jp.kikan.chihozei.infrastructure;

/**
 * The employer (給与支払者) who collects an employee's 個人住民税 from the salary: the 特別徴収義務者 (地方税法第321条の4).
 *
 * @param shiharaishaMeisho the employer's name as the 給与支払報告書 gives it
 * @param shiteibango       the 特別徴収義務者指定番号, null when the report gave none
 */
public record TokubetsuChoshuGimusha(String shiharaishaMeisho, String shiteibango) {

    /** How the employer is found again (指定番号, else the name): one 特別徴収税額通知 per key. */
    public String kagi() {
        return shiteibango != null ? shiteibango : shiharaishaMeisho;
    }
}
