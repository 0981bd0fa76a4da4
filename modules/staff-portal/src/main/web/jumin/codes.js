// Labels for coded values, from the code tables generated out of standard-specs at build time.

import { CODE_TABLES } from '../generated/code-tables.js';
import { CONTRACT_CODES } from './contract-codes.js';

export const TABLES = CODE_TABLES['resident-records'];

/** The code-table row for a value as the contract writes it (item: seibetsu, jumin_jotai, …), or null. */
export function codeRow(item, value, tables = TABLES) {
  const how = CONTRACT_CODES[item];
  if (!how) throw new Error(`コード表の対応がありません: ${item}`);
  const table = tables[how.table || item];
  const key = how.values ? how.values[value] : value;
  return (table?.values || []).find((r) => String(r[how.column]) === String(key)) || null;
}

/** The standard's name for a value; the value itself when the table has no row for it. */
export function codeLabel(item, value) {
  if (value === undefined || value === null || value === '') return '';
  return codeRow(item, value)?.name_ja ?? String(value);
}

/** [contract value, label] pairs for a select, in the order given. */
export function codeOptions(item, values) {
  return values.map((v) => [v, codeLabel(item, v)]);
}

/** 続柄 offered in the lists: 世帯主, the base terms, then 縁故者/同居人 (§1.1.11; chains like 子の妻 are typed). */
export function zokugaraChoices(tables = TABLES) {
  const r = tables.zokugara.rules;
  return [r.head_of_household, ...r.base_terms, ...r.other_terms];
}

/** 続柄 of the head of household (世帯主). */
export const SETAINUSHI = TABLES.zokugara.rules.head_of_household;

/** The 元号 rows (name_ja, start_date) for 和暦 display. */
export const GENGO = TABLES.gengo.values;
