package jp.kikan.chihozei.kojinjuminzei.domain;

import java.util.List;

/**
 * What a clerk (申告, 給与支払報告書) or a citizen (試算) enters for one person and 年度, as entered: dates
 * as text (西暦 2024-04-01 or 和暦 令和6年4月1日), amounts in yen, null where nothing was entered. Checked by
 * {@code KazeiNyuryokuKensa} into a {@link KazeiKiso}; field names in errors are the snake_case names below
 * (e.g. {@code fuyo_shinzoku[0].seinengappi}).
 *
 * @param nendo            the 年度 as its 西暦 year (2024 = 令和6年度)
 * @param shikuchosonkodo  the municipality that taxes (address on 1月1日), 6 digits with check digit
 * @param honnin           the taxpayer
 * @param shunyu           incomes by kind
 * @param shiharai         payments for the deductions
 * @param haigusha         the spouse living on the same income (生計を一にする配偶者), or null
 * @param fuyoShinzoku     relatives living on the same income (any income: the rules decide what they count for)
 * @param kifukin          donations
 * @param jutakuLoan       the 住宅借入金等特別控除 not used by 所得税, or null
 */
public record KazeiNyuryoku(Integer nendo, String shikuchosonkodo, Honnin honnin, Shunyu shunyu, Shiharai shiharai,
        Shinzoku haigusha, List<Shinzoku> fuyoShinzoku, Kifukin kifukin, JutakuLoan jutakuLoan) {

    public KazeiNyuryoku {
        fuyoShinzoku = fuyoShinzoku == null ? List.of() : List.copyOf(fuyoShinzoku);
    }

    /**
     * @param seinengappi   生年月日
     * @param shogai        障害者 / 特別障害者 (on 12月31日 of the income year)
     * @param kafu          寡婦
     * @param hitorioya     ひとり親 (母 / 父)
     * @param kinroGakusei  勤労学生
     * @param seikatsuHogo  receives 生活扶助 on 1月1日 (賦課期日)
     */
    public record Honnin(String seinengappi, ShogaiKubun shogai, boolean kafu, HitorioyaKubun hitorioya,
            boolean kinroGakusei, boolean seikatsuHogo) {
    }

    /**
     * Incomes of the income year: 収入 for 給与 and 公的年金等 (the engine computes their 所得), 所得 for the rest.
     *
     * @param zatsuShotokuSonota 雑所得 other than 公的年金等
     * @param sonotaShotoku      other 総合課税 income (一時所得 after its 1/2 etc.) as 所得
     */
    public record Shunyu(Long kyuyoShunyu, Long kotekiNenkinShunyu, Long jigyoShotoku, Long fudosanShotoku,
            Long zatsuShotokuSonota, Long sonotaShotoku, List<Haito> haito) {

        public Shunyu {
            haito = haito == null ? List.of() : List.copyOf(haito);
        }
    }

    /** 配当所得 (総合課税) of one kind, for the income and for 配当控除. */
    public record Haito(HaitoShurui shurui, Long haitoShotoku) {
    }

    /** Payments of the income year for the 所得控除. */
    public record Shiharai(Long shakaiHokenryo, Long shokiboKigyoKyosaiKakekin, SeimeiHokenryo seimeiHokenryo,
            Long jishinHokenryo, Long iryohi, Long iryohiHotenkin, Long zassonSonshitsu, Long zassonHotenkin,
            Long saigaiKanrenShishutsu) {
    }

    /** 生命保険料 paid, by category: 新契約 (一般, 介護医療, 個人年金) and 旧契約 (一般, 個人年金). */
    public record SeimeiHokenryo(Long shinIppan, Long kyuIppan, Long shinKaigoIryo, Long shinKojinNenkin,
            Long kyuKojinNenkin) {
    }

    /**
     * The spouse or a relative.
     *
     * @param gokeiShotoku    合計所得金額 of the income year
     * @param dokyo           lives with the taxpayer (同居)
     * @param chokkeiSonzoku  直系尊属 of the taxpayer or the spouse (for 同居老親等)
     * @param kokugaiKyoju    lives abroad (国外居住者; for the 定額減税 count)
     */
    public record Shinzoku(String seinengappi, Long gokeiShotoku, ShogaiKubun shogai, boolean dokyo,
            boolean chokkeiSonzoku, boolean kokugaiKyoju) {
    }

    /**
     * Donations of the income year.
     *
     * @param furusatoNozei     to 都道府県・市区町村 (ふるさと納税)
     * @param onestopTokurei    ふるさと納税ワンストップ特例 applies (no 所得税 申告)
     * @param kyodoBokinNisseki to the 共同募金会 / 日本赤十字社 of the prefecture (both 市 and 県)
     * @param joreiShiteiShi    designated by the municipality's 条例 (市 only)
     * @param joreiShiteiKen    designated by the prefecture's 条例 (県 only)
     */
    public record Kifukin(Long furusatoNozei, boolean onestopTokurei, Long kyodoBokinNisseki, Long joreiShiteiShi,
            Long joreiShiteiKen) {
    }

    /**
     * @param shotokuzeiKojoZangaku               住宅借入金等特別控除可能額のうち所得税から控除しきれなかった額
     * @param shotokuzeiKazeiSoshotokuKingakuTo   所得税の課税総所得金額等 (the base of the limit)
     * @param kubun                                the limit's kind by 居住年
     */
    public record JutakuLoan(Long shotokuzeiKojoZangaku, Long shotokuzeiKazeiSoshotokuKingakuTo, JutakuGendoKubun kubun) {
    }
}
