/** The typed parameters of 固定資産税・都市計画税 for one (年度, municipality), each value with its ParameterRef. */
package jp.kikan.chihozei.koteishisanzei.parameter;
