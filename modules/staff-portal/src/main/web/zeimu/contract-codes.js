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
  // 地方税法第294条第1項第2号 names the three kinds
  kaokushiki_kubun: {
    schema: 'KaokushikiTorokuRequest', property: 'kubun', labels: { jimusho: '事務所', jigyosho: '事業所', kaokushiki: '家屋敷' },
  },
  // 償却資産申告書の資産の種類 (地方税法施行規則第26号様式)
  shokyaku_shurui: {
    schema: 'ShokyakuShisanGyo', property: 'shurui',
    labels: { 1: '構築物', 2: '機械及び装置', 3: '船舶', 4: '航空機', 5: '車両及び運搬具', 6: '工具、器具及び備品' },
  },
  shinkoku_kubun: { schema: 'ShokyakuShinkokuVersion', property: 'shinkoku_kubun', labels: { shinkoku: '申告', shusei: '修正申告' } },
  // 固定資産税・都市計画税 (standard-specs/local-tax/code-tables.yaml has no table for these)
  kazei_kubun: {
    schema: 'TochiNyuryoku', property: 'kazei_kubun',
    labels: { 'jutaku-yochi': '住宅用地', 'shogyochi-to': '商業地等（非住宅の宅地）', sonota: 'その他' },
  },
  shomei_yoshiki: {
    schema: 'KoteishisanShomeiRequest', property: 'yoshiki',
    labels: { 'kazei-meisaisho': '納税通知書・課税明細書', 'hyoka-shomeisho': '評価証明書', 'kouka-shomeisho': '公課証明書' },
  },
  // 軽自動車税（種別割）: a schema without property is an enum schema of its own (ShashuKubun …)
  shashu_kubun: {
    schema: 'ShashuKubun',
    labels: {
      gentsuki: '原動機付自転車（総排気量で区分）', gentsuki_50: '原動機付自転車（50cc以下）', gentsuki_90: '原動機付自転車（50cc超90cc以下）',
      gentsuki_125: '原動機付自転車（90cc超125cc以下）', minicar: 'ミニカー', kei_nirin: '軽二輪（125cc超250cc以下）',
      nirin_kogata: '二輪の小型自動車（250cc超）', kogata_tokushu_noko: '小型特殊自動車（農耕作業用）', kogata_tokushu_sonota: '小型特殊自動車（その他）',
      sanrin: '軽自動車（三輪）', yonrin_joyo_jikayo: '軽自動車（四輪・乗用・自家用）', yonrin_joyo_eigyoyo: '軽自動車（四輪・乗用・営業用）',
      yonrin_kamotsu_jikayo: '軽自動車（四輪・貨物・自家用）', yonrin_kamotsu_eigyoyo: '軽自動車（四輪・貨物・営業用）',
    },
  },
  nenryo: {
    schema: 'KeijidoshaNenryo',
    labels: {
      gasoline: 'ガソリン', keiyu: '軽油', lpg: 'LPG', denki: '電気', tennen_gas: '天然ガス', methanol: 'メタノール',
      kongo_methanol: '混合メタノール', gasoline_denryoku: 'ガソリン・電力（ハイブリッド）', sonota: 'その他',
    },
  },
  green_kubun: {
    schema: 'GreenKubun',
    labels: { nashi: '該当なし', denki_to: '電気自動車・天然ガス自動車', nenpi_90: '燃費基準90%達成車', nenpi_70: '燃費基準70%達成車' },
  },
  sharyo_ido_jiyu: { schema: 'SharyoVersion', property: 'ido_jiyu', labels: { toroku: '登録', meigi_henko: '名義変更', henko: '変更', haisha: '廃車' } },
  zeiritsu_kubun: {
    schema: 'KeijidoshazeiZeigaku', property: 'zeiritsu_kubun',
    labels: { hyojun: '標準税率', kyu: '旧税率（平成27年3月以前の初度検査）', juka: '重課（初度検査から13年経過）', keika: '軽課（グリーン化特例）' },
  },
  genmen_riyu: { schema: 'KeijidoshazeiGenmenShinseiRequest', property: 'riyu', labels: { shogaisha: '身体障害者等が使用する軽自動車等' } },
  genmen_jotai: { schema: 'KeijidoshazeiGenmen', property: 'jotai', labels: { shinsei: '申請中', shonin: '承認', kyakka: '却下' } },
  genmen_kettei: { schema: 'KeijidoshazeiGenmenKetteiRequest', property: 'kettei', labels: { shonin: '承認', kyakka: '却下' } },
};
