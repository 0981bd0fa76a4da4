/** One named policy per rule of 固定資産税・都市計画税, each citing its article. */
package jp.kikan.chihozei.koteishisanzei.domain.policy;
