/** One policy per rule of 軽自動車税（種別割）, each citing its article; the values all come from the parameters. */
package jp.kikan.chihozei.keijidoshazei.domain.policy;
