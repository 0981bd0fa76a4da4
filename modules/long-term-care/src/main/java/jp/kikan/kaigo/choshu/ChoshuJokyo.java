package jp.kikan.kaigo.choshu;

/** What the collection of a 年度's premium depends on besides the amount. */
public record ChoshuJokyo(int nendo) {
}
