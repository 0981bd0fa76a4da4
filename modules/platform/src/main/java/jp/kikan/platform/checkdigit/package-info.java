/**
 * Check digits of the numbers used by 基幹業務: 個人番号, 住民票コード (inferred), 全国地方公共団体コード and
 * modulus 11 (宛名番号・世帯番号). All methods are static and validate digits only.
 */
package jp.kikan.platform.checkdigit;
