// Labels for coded values, from the code tables generated out of standard-specs at build time.

import { CODE_TABLES } from '../generated/code-tables.js';
import { CONTRACT_CODES, CONTRACT_LABELS } from './contract-codes.js';

/** The code-table row for a value as the contract writes it (item: shogai_kubun, …), or null. */
export function codeRow(item, value, tables = CODE_TABLES) {
  const how = CONTRACT_CODES[item];
  if (!how) throw new Error(`コード表の対応がありません: ${item}`);
  const table = tables[how.service || 'local-tax']?.[how.table || item];
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

/** Kikan's label of a contract value that no code table holds (住民 / 住登外者, 当初賦課 / 更正). */
export function contractLabel(item, value) {
  return CONTRACT_LABELS[item]?.labels[value] ?? String(value ?? '');
}

/** The 元号 rows (name_ja, start_date) for 和暦: the standard's table, kept with resident records'. */
export const GENGO = CODE_TABLES['resident-records'].gengo.values;
