// Labels for coded values of a department's screens: the code tables generated out of standard-specs, reached
// through the department's map of contract items (contract-codes.js), and Kikan's labels of the values no table holds.

import { CODE_TABLES } from '../generated/code-tables.js';

/**
 * @param service the service whose code tables an item is looked up in unless its map entry names another
 * @param contractCodes item → { table?, column, values?, service? }
 * @param contractLabels item → { labels: { value: label } }
 */
export function codeLookup(service, contractCodes, contractLabels) {
  /** The code-table row for a value as the contract writes it, or null. */
  function codeRow(item, value, tables = CODE_TABLES) {
    const how = contractCodes[item];
    if (!how) throw new Error(`コード表の対応がありません: ${item}`);
    const table = tables[how.service || service]?.[how.table || item];
    const key = how.values ? how.values[value] : value;
    return (table?.values || []).find((r) => String(r[how.column]) === String(key)) || null;
  }
  /** The standard's name for a value; the value itself when the table has no row for it. */
  function codeLabel(item, value) {
    if (value === undefined || value === null || value === '') return '';
    return codeRow(item, value)?.name_ja ?? String(value);
  }
  /** Kikan's label of a contract value that no code table holds. */
  function contractLabel(item, value) {
    if (value === undefined || value === null || value === '') return '';
    return contractLabels[item]?.labels[value] ?? String(value);
  }
  /** [value, label] pairs of a labelled item, in the contract's order. */
  function contractOptions(item) {
    return Object.entries(contractLabels[item].labels);
  }
  return { codeRow, codeLabel, contractLabel, contractOptions };
}
