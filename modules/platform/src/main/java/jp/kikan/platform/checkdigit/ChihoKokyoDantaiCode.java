package jp.kikan.platform.checkdigit;

/**
 * 全国地方公共団体コード (6 digits = 都道府県2 + 市区町村3 + check digit), as defined in 総務省
 * 「全国地方公共団体コード」 (昭和43年 行政管理庁 制定, now 総務省; JIS X 0401/0402 basis).
 *
 * <p>For body digits a..e: r = (6a+5b+4c+3d+2e) mod 11, check digit = (11 − r) mod 10, i.e. r=0 → 1 and
 * r=1 → 0 (as given by the third-party pages citycode.fmd4.com/chigai and
 * wiki.hgotoh.jp/documents/code/code-014; reproduces 131016 千代田区, 011002 札幌市, 271004 大阪市). The standard
 * data items carry this 6-digit form (項目定義書（住登外者宛名番号管理）, デジタル庁 2023-09-29).
 */
public final class ChihoKokyoDantaiCode {

    public static final int LENGTH = 6;

    private ChihoKokyoDantaiCode() {
    }

    public static boolean isValid(String code) {
        return Digits.isDigits(code, LENGTH)
                && checkDigit(code.substring(0, LENGTH - 1)) == Digits.last(code);
    }

    /** @param first5 都道府県コード 2 digits + 市区町村 3 digits */
    public static int checkDigit(String first5) {
        Digits.require(first5, LENGTH - 1, "地方公共団体コード body");
        int sum = 0;
        for (int i = 0; i < first5.length(); i++) {
            sum += (first5.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }
}
