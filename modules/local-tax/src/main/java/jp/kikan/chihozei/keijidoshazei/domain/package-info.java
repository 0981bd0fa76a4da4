/** The vehicle, the 減免 decision and the assessment of 軽自動車税（種別割）: plain records, no framework. */
package jp.kikan.chihozei.keijidoshazei.domain;
