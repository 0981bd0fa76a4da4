// How the long-term care contract (contracts/long-term-care/v1.yaml) writes the values of the standard's code tables
// (standard-specs/long-term-care/code-tables.yaml; 住民状態 is resident records' table, as the person comes from its
// feed). Only the link is here: the labels come from the generated tables. A unit test (kaigo.test.js) holds every
// enum value of the contract to a row or a label.
//   schema, property: where the contract declares the enum; service: whose tables (default long-term-care)
//   table: the code table (default: the item's name); column: the column matched; values: contract value → column value

export const CONTRACT_CODES = {
  shikaku_ido_jiyu: { schema: 'ShikakuRireki', property: 'shikaku_ido_jiyu', column: 'kikan_code' },
  // a 届出 is named by the 資格異動事由 it records (住所地特例の適用 …): the same rows
  todokede_shubetsu: { schema: 'TodokedeRequest', property: 'todokede_shubetsu', table: 'shikaku_ido_jiyu', column: 'kikan_code' },
  hihokensha_kubun: { schema: 'Hihokensha', property: 'hihokensha_kubun', column: 'kikan_code' },
  // the 第2号被保険者's 特定疾病 (介護保険法施行令第2条, 16)
  tokutei_shippei: { schema: 'NinteiShinseiRequest', property: 'tokutei_shippei', column: 'kikan_code' },
  // Hihokensha.jumin_jotai is resident records' value as the feed carried it (no enum in this contract)
  jumin_jotai: {
    service: 'resident-records', column: 'kikan_code',
    values: { jumin: 'JUMIN', tenshutsu: 'TENSHUTSU', shibo: 'SHIBO', shokken_shojo: 'SHOJO' },
  },
};

// 要介護状態区分 and 申請区分 are standard data items (x-standard-item) whose code tables standard-specs does not hold
// yet: named here with the law's words (介護保険法第7条・第27条〜第29条, 第32条; 要介護認定等に係る介護認定審査会による審査
// 及び判定の基準等に関する省令) until they are.
const YOKAIGODO = {
  higaito: '非該当', yoshien1: '要支援1', yoshien2: '要支援2',
  yokaigo1: '要介護1', yokaigo2: '要介護2', yokaigo3: '要介護3', yokaigo4: '要介護4', yokaigo5: '要介護5',
};

/** Values of the contract that no standard code table holds (Kikan's own distinctions), named here. */
export const CONTRACT_LABELS = {
  ido_kubun: { schema: 'ShikakuRireki', property: 'ido_kubun', labels: { shutoku: '資格取得', soshitsu: '資格喪失', keizoku: '資格継続' } },
  shinsei_kubun: { schema: 'NinteiShinseiRequest', property: 'shinsei_kubun', labels: { shinki: '新規申請', koshin: '更新申請', kubun_henko: '区分変更申請' } },
  yokaigodo: { schema: 'NinteiTetsuzukiRequest', property: 'kekka', labels: YOKAIGODO },
  tetsuzuki: {
    schema: 'NinteiTetsuzukiRequest', property: 'shubetsu',
    labels: { chosa: '認定調査', ikensho: '主治医意見書の受領', shinsakai: '介護認定審査会', encho: '処分の延期の通知', kettei: '認定の決定' },
  },
  futan_wariai: { schema: 'FutanWariai', property: 'futan_wariai', labels: { 1: '1割', 2: '2割', 3: '3割' } },
  parameter_set: { schema: 'ShisanKekka', property: 'parameter_set', labels: { municipality: 'この団体の条例（段階表・基準額）', inline: '入力したパラメータ' } },
};
