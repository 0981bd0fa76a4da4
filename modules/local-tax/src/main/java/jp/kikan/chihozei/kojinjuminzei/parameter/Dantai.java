package jp.kikan.chihozei.kojinjuminzei.parameter;

/**
 * The municipality that taxes (the 賦課期日 address) and its prefecture, by 全国地方公共団体コード (6 digits with
 * check digit).
 */
public record Dantai(String code, String nameJa, String todofukenCode, String todofukenNameJa) {

    /** 新潟県新潟市 (151009). */
    public String label() {
        return todofukenNameJa + nameJa + " (" + code + ")";
    }
}
