// Labels for coded values of the 介護保険課 screens, from the code tables generated out of standard-specs.

import { CODE_TABLES } from '../generated/code-tables.js';
import { CONTRACT_CODES, CONTRACT_LABELS } from './contract-codes.js';

/** The code-table row for a value as the contract writes it, or null. */
export function codeRow(item, value, tables = CODE_TABLES) {
  const how = CONTRACT_CODES[item];
  if (!how) throw new Error(`コード表の対応がありません: ${item}`);
  const table = tables[how.service || 'long-term-care']?.[how.table || item];
  const key = how.values ? how.values[value] : value;
  return (table?.values || []).find((r) => String(r[how.column]) === String(key)) || null;
}

/** The standard's name for a value; the value itself when the table has no row for it. */
export function codeLabel(item, value) {
  if (value === undefined || value === null || value === '') return '';
  return codeRow(item, value)?.name_ja ?? String(value);
}

/** Kikan's label of a contract value that no code table holds (資格取得, 新規申請, 要介護2, 2割 …). */
export function contractLabel(item, value) {
  if (value === undefined || value === null || value === '') return '';
  return CONTRACT_LABELS[item]?.labels[value] ?? String(value);
}

/** [value, label] pairs of a labelled item, in the contract's order. */
export function contractOptions(item) {
  return Object.entries(CONTRACT_LABELS[item].labels);
}

/** The 元号 rows for 和暦: the standard's table, kept with resident records'. */
export const GENGO = CODE_TABLES['resident-records'].gengo.values;
