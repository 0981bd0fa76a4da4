/**
 * 軽自動車税（種別割） — the engine for one vehicle and 年度, as plain Java (地方税法第442条〜第463条の30).
 *
 * <ul>
 *   <li>{@code parameter}: the rates by 車種区分 (標準税率, 旧税率, 経年車重課, グリーン化特例), the 重課's 13 years, its
 *       exempt fuels and the 初度検査年月 deemed for vehicles without a month — dated by 年度 with legal basis, source and
 *       status, typed as the 個人住民税 engine's ({@link jp.kikan.chihozei.kojinjuminzei.parameter.Param});
 *       {@code parameter.loader} reads the YAML (the only place that uses Jackson).</li>
 *   <li>{@code domain}: the vehicle as registered ({@code Sharyo}), the 減免 decision and the assessment with its
 *       算定根拠 ({@link jp.kikan.platform.santei.SanteiKonkyo}).</li>
 *   <li>{@code domain.policy}: one named policy per rule, each citing its article; no rate, year or month in Java.</li>
 * </ul>
 */
package jp.kikan.chihozei.keijidoshazei;
