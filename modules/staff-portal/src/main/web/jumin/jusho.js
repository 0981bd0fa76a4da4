// The address (住所) fields of the 転居・転入 forms, named as in the contract's Jusho.

import { field } from '../core/forms.js';

export const JUSHO_FIELDS = [
  ['jusho_yubinbango', '郵便番号', '7桁の数字（例: 9990001）'],
  ['jusho_todofuken', '都道府県', null, true],
  ['jusho_shikugunchosonmei', '市区郡町村名', null, true],
  ['jusho_choaza', '町字', '例: みなみ町一丁目'],
  ['jusho_banchigohyoki', '番地号表記', '例: 9番地9'],
  ['jusho_katagaki', '方書', 'マンション名・部屋番号など'],
  ['jusho_katagaki_furigana', '方書フリガナ', '全角カタカナ'],
  ['jusho_shikuchosonkodo', '市区町村コード', '6桁（検査数字付き）'],
  ['jusho_choazakodo', '町字コード', '7桁（ない場合 0000000）'],
];

/** The address fields, prefilled from `values` (field name → value). */
export function jushoFields(values = {}) {
  return JUSHO_FIELDS.map(([n, label, hint, required]) => field({ name: `jusho.${n}`, label, hint, required, value: values[n] || '' }));
}

/** The address fields of a form, leaving out the empty ones. */
export function readJusho(form) {
  const jusho = {};
  for (const [n] of JUSHO_FIELDS) {
    const v = form.elements[`jusho.${n}`].value.trim();
    if (v) jusho[n] = v;
  }
  return jusho;
}
