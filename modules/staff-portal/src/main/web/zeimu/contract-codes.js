// How the local tax contract (contracts/local-tax/v1.yaml) writes the values of the standard's code
// tables (standard-specs/local-tax/code-tables.yaml; 性別 and 住民状態 are resident records' tables, as
// the taxpayer's record comes from there). Only the link is here: every label shown comes from the
// generated tables. A unit test checks that each contract enum value has a row and each row named exists.
//   schema, property: where the contract declares the enum
//   service: whose code tables (default local-tax); table: the code table (default: the item's name)
//   column: the code-table column the contract value is matched with
//   values: contract value → that column's value (omitted when they are the same)

export const CONTRACT_CODES = {
  shogai_kubun: {
    schema: 'ShinkokuHonnin', property: 'shogai_kubun', column: 'kikan_code',
    values: { nashi: 'NASHI', shogaisha: 'SHOGAISHA', tokubetsu_shogaisha: 'TOKUBETSU_SHOGAISHA' },
  },
  hitorioya_kubun: {
    schema: 'ShinkokuHonnin', property: 'hitorioya_kubun', column: 'kikan_code',
    values: { nashi: 'NASHI', haha: 'HAHA', chichi: 'CHICHI' },
  },
  haito_shurui: { schema: 'Shunyu', property: 'shurui', column: 'kikan_code' },
  jutaku_gendo_kubun: { schema: 'JutakuLoan', property: 'kubun', column: 'kikan_code' },
  choshu_hoho: {
    schema: 'ChoshuKeikaku', property: 'hoho', column: 'kikan_code',
    values: { futsu_choshu: 'FUTSU_CHOSHU', kyuyo_tokubetsu_choshu: 'KYUYO_TOKUBETSU_CHOSHU', nenkin_tokubetsu_choshu: 'NENKIN_TOKUBETSU_CHOSHU' },
  },
  seibetsu: { schema: 'JutogaiRequest', property: 'seibetsu', service: 'resident-records', column: 'official_code' },
  // Nozeigimusha.jumin_jotai is resident records' value as the feed carried it (no enum in this contract);
  // a 住登外者 has 'jutogai', which is no state of resident records (format.js names it)
  jumin_jotai: {
    service: 'resident-records', column: 'kikan_code',
    values: { jumin: 'JUMIN', tenshutsu: 'TENSHUTSU', shibo: 'SHIBO', shokken_shojo: 'SHOJO' },
  },
};

/**
 * Values of the contract that no standard code table holds (Kikan's own distinctions), named here.
 * The same unit test checks that every enum value has its label.
 */
export const CONTRACT_LABELS = {
  nozeigimusha_kubun: { schema: 'Nozeigimusha', property: 'kubun', labels: { jumin: '住民', jutogai: '住登外者' } },
  fuka_kubun: { schema: 'Fuka', property: 'kubun', labels: { tosho: '当初賦課', kosei: '更正' } },
};
