package jp.kikan.chihozei.kojinjuminzei.domain;

/**
 * The tax of one of the two parts: 市町村民税 (bubun 市町村民税) or 道府県民税.
 *
 * @param zeiritsu           the 所得割 rate applied (as written in the parameters, e.g. 8%)
 * @param sanshutsuZeigaku   課税総所得金額 × rate (調整控除前の所得割額)
 * @param choseiKojo         調整控除
 * @param haitoKojo          配当控除
 * @param jutakuLoanKojo     住宅借入金等特別税額控除
 * @param kifukinKojo        寄附金税額控除 (基本 + 特例 + 申告特例)
 * @param shotokuwari        所得割額 after the 税額控除, rounded (100円未満切捨て)
 * @param teigakuGenzei      特別税額控除 (定額減税, 令和6年度) taken from it
 * @param shotokuwariSaishu  the 所得割額 levied (0 when 所得割 is 非課税)
 * @param kintowari          均等割額 (with 超過課税)
 * @param zeigaku            shotokuwariSaishu + kintowari
 */
public record ZeigakuBubun(String bubun, String zeiritsu, long sanshutsuZeigaku, long choseiKojo, long haitoKojo,
        long jutakuLoanKojo, long kifukinKojo, long shotokuwari, long teigakuGenzei, long shotokuwariSaishu,
        long kintowari, long zeigaku) {
}
