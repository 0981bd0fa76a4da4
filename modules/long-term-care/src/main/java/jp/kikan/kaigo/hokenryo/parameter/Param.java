package jp.kikan.kaigo.hokenryo.parameter;

import jp.kikan.platform.santei.SanteiKonkyo;

/**
 * One parameter value for a 年度 with where it comes from (the law or the insurer's 条例, the public page that
 * restates it, and whether that was confirmed: {@code confirmed}, {@code inferred}, {@code unconfirmed}).
 *
 * @param level 国, the insurer's 地方公共団体コード, or {@code inline} (a simulation's own parameter set)
 */
public record Param<T>(String id, String nameJa, int nendo, String level, T value, String legalBasis, String source,
        String status, String note) {

    /** How a step used it, {@code part} being the part of the value that mattered. */
    public SanteiKonkyo.ParameterUse use(String part) {
        String nendoLabel = nendo >= 2019 ? "令和" + (nendo == 2019 ? "元" : Integer.toString(nendo - 2018)) + "年度" : nendo + "年度";
        return new SanteiKonkyo.ParameterUse(id, nameJa, nendoLabel, "kuni".equals(level) ? "国" : level, part, legalBasis,
                source, status, note);
    }
}
