/**
 * Reads and validates the YAML parameter files (index, national files, prefecture and municipality overlays)
 * and answers the parameters of a (年度, municipality). The only package that uses Jackson. Every problem is
 * a {@link jp.kikan.chihozei.kojinjuminzei.parameter.loader.ParameterException} naming the file, the path in
 * it and what is wrong (unknown key, missing 年度, gap in a bracket table …).
 */
package jp.kikan.chihozei.kojinjuminzei.parameter.loader;
