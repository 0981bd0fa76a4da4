/**
 * Typed, dated parameters of 個人住民税: every rate, table, threshold, 級地 amount, rounding and instalment rule
 * of a 年度, each with its legal basis, public source and status ({@link ParameterStatus}). Plain Java; the
 * YAML files are read by {@code parameter.loader}.
 */
package jp.kikan.chihozei.kojinjuminzei.parameter;
