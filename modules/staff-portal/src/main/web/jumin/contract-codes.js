// How the resident-records contract (contracts/resident-records/v1.yaml) writes the values of the
// standard's code tables (standard-specs/resident-records/code-tables.yaml). Only the link is here:
// every label shown comes from the generated tables. A unit test checks that each contract enum
// value has a row and that each row named exists.
//   column: the code-table column the contract value is matched with
//   values: contract value → that column's value (omitted when they are the same)
//   table:  the code table, when it is not named like the contract item

export const CONTRACT_CODES = {
  seibetsu: { column: 'official_code' },
  jumin_shubetsu: { column: 'kikan_code', values: { nihonjin: 'NIHONJIN', gaikokujin: 'GAIKOKUJIN' } },
  jumin_jotai: {
    column: 'kikan_code',
    values: { jumin: 'JUMIN', tenshutsu: 'TENSHUTSU', shibo: 'SHIBO', shokken_shojo: 'SHOJO' },
  },
  hodai30jono45kubun: {
    column: 'kikan_code',
    values: {
      chukyo_zairyusha: 'CHUCHOKI_ZAIRYUSHA',
      tokubetsu_eijusha: 'TOKUBETSU_EIJUSHA',
      ichiji_higo: 'ICHIJI_HIGO_KYOKASHA',
      karitaizai: 'KARITAIZAI_KYOKASHA',
      shussei_keika: 'KEIKATAIZAISHA_SHUSSHO',
      kokuseki_soshitsu_keika: 'KEIKATAIZAISHA_KOKUSEKISOSHITSU',
    },
  },
  // 転入区分 (TennyuRequest.tennyu_kubun) is the 異動事由 the 転入 is recorded with
  tennyu_kubun: {
    table: 'idojiyu',
    column: 'kikan_code',
    values: { kokunai: 'KISAI_KOKUNAI_TENNYU', kokugai: 'KISAI_KOKUGAI_TENNYU', shokken_kisai: 'KISAI_SHOKKEN' },
  },
};
