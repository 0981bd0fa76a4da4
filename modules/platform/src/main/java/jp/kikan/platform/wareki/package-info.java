/**
 * 和暦 (Japanese era calendar) with the 元号 table as data: bundled {@code gengo.csv} plus 元号 added by
 * configuration ({@code kikan.wareki.additional-gengo} / {@code KIKAN_WAREKI_ADDITIONAL_GENGO}).
 */
package jp.kikan.platform.wareki;
