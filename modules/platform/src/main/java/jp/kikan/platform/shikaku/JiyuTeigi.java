package jp.kikan.platform.shikaku;

/**
 * What a 資格異動事由 is: its code (the service's code table), its Japanese name, the 異動 it causes and the article
 * that dates it.
 */
public record JiyuTeigi(String code, String nameJa, IdoKubun kubun, String legalBasis) {
}
