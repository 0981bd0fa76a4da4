/**
 * 固定資産税・都市計画税 engine: a taxpayer's (an owner's, or a group of co-owners') land, houses and 償却資産 of one
 * 年度 → 課税標準額 (住宅用地特例, 負担調整措置), 免税点, 税額 (新築住宅減額), instalments and the 算定根拠 — plain Java,
 * no framework (checked by ArchitectureTest). Rates, thresholds and rounding are dated parameters
 * ({@code parameters/koteishisanzei/}) with their legal basis; the shared pieces ({@code Nendo}, {@code Ritsu},
 * {@code Hasu}, {@code ParameterRef}, {@code Kibetsu}) are 個人住民税's.
 */
package jp.kikan.chihozei.koteishisanzei;
