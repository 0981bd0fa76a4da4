/** The typed, dated parameters of 軽自動車税（種別割） for one 年度. */
package jp.kikan.chihozei.keijidoshazei.parameter;
