package jp.kikan.chihozei.kojinjuminzei.parameter;

/**
 * Where a parameter value comes from: stored with every explanation step that uses it.
 *
 * @param id             stable parameter id, e.g. {@code kyuyo_shotoku}
 * @param nameJa         Japanese name
 * @param nendo          the 年度 of the value, e.g. 令和6年度
 * @param level          全国, or the prefecture / municipality of an overlay, e.g. 新潟市 (151009)
 * @param legalBasis     the article, or {@code unknown}
 * @param legalBasisNote what is not confirmed about the article (may be null)
 * @param source         the public source (document / page and URL)
 * @param status         confirmed, inferred or unconfirmed
 * @param note           why the value is as it is, what is not confirmed (may be null)
 */
public record ParameterRef(String id, String nameJa, String nendo, String level, String legalBasis,
        String legalBasisNote, String source, ParameterStatus status, String note) {
}
