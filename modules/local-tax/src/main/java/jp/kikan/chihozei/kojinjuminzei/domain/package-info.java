/**
 * The domain of 個人住民税: what a clerk or citizen enters ({@link jp.kikan.chihozei.kojinjuminzei.domain.KazeiNyuryoku}),
 * the checked basis of the assessment ({@link jp.kikan.chihozei.kojinjuminzei.domain.KazeiKiso}), the assessment
 * ({@link jp.kikan.chihozei.kojinjuminzei.domain.KojinJuminzeiFuka}) with its explanation
 * ({@link jp.kikan.platform.santei.SanteiKonkyo}), the instalments and the 更正 differences.
 * Plain records (JSON-serialisable as they are); no framework, no parameter types.
 */
package jp.kikan.chihozei.kojinjuminzei.domain;

import jp.kikan.platform.santei.SanteiKonkyo;
