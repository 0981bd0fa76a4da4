// How the national health insurance contract (contracts/national-health-insurance/v1.yaml) writes the values
// of the standard's code tables (standard-specs/national-health-insurance/code-tables.yaml; 住民状態 is resident
// records' table, as the person comes from its feed). Only the link is here: the labels come from the generated
// tables. A unit test (kokuho.test.js) holds every enum value of the contract to a row.
//   schema, property: where the contract declares the enum; service: whose tables (default national-health-insurance)
//   table: the code table (default: the item's name); column: the column matched; values: contract value → column value

export const CONTRACT_CODES = {
  shikaku_ido_jiyu: { schema: 'ShikakuRireki', property: 'shikaku_ido_jiyu', column: 'kikan_code' },
  // a 届出 is named by the 資格異動事由 it records (社会保険の加入 …): the same rows
  todokede_shubetsu: { schema: 'TodokedeRequest', property: 'todokede_shubetsu', table: 'shikaku_ido_jiyu', column: 'kikan_code' },
  hokenzei_kubun: { schema: 'HokenzeiKubun', property: 'kubun', column: 'kikan_code' },
  // Hihokensha.jumin_jotai is resident records' value as the feed carried it (no enum in this contract)
  jumin_jotai: {
    service: 'resident-records', column: 'kikan_code',
    values: { jumin: 'JUMIN', tenshutsu: 'TENSHUTSU', shibo: 'SHIBO', shokken_shojo: 'SHOJO' },
  },
};

/** Values of the contract that no standard code table holds (Kikan's own distinctions), named here. */
export const CONTRACT_LABELS = {
  ido_kubun: { schema: 'ShikakuRireki', property: 'ido_kubun', labels: { shutoku: '資格取得', soshitsu: '資格喪失', keizoku: '資格継続' } },
  keigen_wari: { schema: 'Keigen', property: 'wari', labels: { 0: '軽減なし', 2: '2割軽減', 5: '5割軽減', 7: '7割軽減' } },
};
