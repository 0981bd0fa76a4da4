package jp.kikan.chihozei.shotoku.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The documented CSV of 公的年金等支払報告書 rows (地方税法第317条の6第4項: the payers of pensions — 日本年金機構,
 * 共済組合, 企業年金 — report each recipient's pension of the year to the municipality of the address on 1月1日),
 * {@link HokokuCsv} like the salary reports, by the romanized names of this service's contract:
 *
 * <pre>nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,koteki_nenkin_shunyu,shakai_hokenryo</pre>
 *
 * {@code koteki_nenkin_shunyu} is the 支払金額 (公的年金等の収入金額), {@code shakai_hokenryo} the 社会保険料 withheld from
 * the pension (介護保険料・国民健康保険料・後期高齢者医療保険料 の特別徴収分), which the recipient may deduct
 * (所得税法第74条 as applied by 地方税法第314条の2第1項第3号).
 */
public final class NenkinHokokuCsv {

    public static final HokokuCsv.Yoshiki YOSHIKI = new HokokuCsv.Yoshiki(List.of("nendo", "shiharaisha_meisho",
            "kojinbango", "shimei", "shimei_furigana", "seinengappi", "jusho", "koteki_nenkin_shunyu", "shakai_hokenryo"),
            List.of("nendo", "shiharaisha_meisho", "shimei", "seinengappi", "jusho", "koteki_nenkin_shunyu"));

    private NenkinHokokuCsv() {
    }

    /** One recipient's report from one payer. */
    public record Gyo(int lineNo, int nendo, String shiharaishaMeisho, String kojinbango, String shimei,
            String shimeiFurigana, LocalDate seinengappi, String jusho, long kotekiNenkinShunyu, long shakaiHokenryo)
            implements HokokuGyo {
    }

    public static HokokuCsv.Result<Gyo> read(String text) {
        return HokokuCsv.read(text, YOSHIKI, NenkinHokokuCsv::gyo);
    }

    private static Gyo gyo(HokokuCsv.Cells c) {
        int nendo = c.nendo();
        String kojinbango = c.kojinbango();
        LocalDate birth = c.date("seinengappi");
        long nenkin = c.amount("koteki_nenkin_shunyu", true);
        long shakai = c.amount("shakai_hokenryo", false);
        String meisho = c.text("shiharaisha_meisho", true);
        String shimei = c.text("shimei", true);
        String jusho = c.text("jusho", true);
        if (c.failed()) {
            return null;
        }
        return new Gyo(c.no(), nendo, meisho, kojinbango, shimei, c.text("shimei_furigana", false), birth, jusho, nenkin,
                shakai);
    }
}
