/**
 * One named policy per rule of 個人住民税, each citing its article; every rate, amount and rounding comes from
 * the parameters, and every intermediate value is recorded in the 算定根拠 with the parameters it used.
 */
package jp.kikan.chihozei.kojinjuminzei.domain.policy;
