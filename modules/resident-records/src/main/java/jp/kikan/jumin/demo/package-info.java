/**
 * デモ自治体: a synthetic, seed-deterministic city (架空県みなみ市 by default) and a fast COPY loader into the
 * 住民記録 schema. All people, numbers and places are made up; 個人番号・住民票コード carry valid check digits
 * but were never issued.
 */
package jp.kikan.jumin.demo;
