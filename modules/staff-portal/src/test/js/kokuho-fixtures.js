// Shared by the 保険年金課 tests: the contract's schemas and enums, an API client with scripted answers (the real
// client of core/api.js, so Idempotency-Keys and problem+json are as in the browser), and answers as the contract
// shapes them.
import { BUILT_WEB } from './built.js';
import { contractOf } from './contract.js';
import { json, scriptedFetch } from './fakes.js';

export { json };
export const web = (f) => import(new URL(f, BUILT_WEB));
const { createClient } = await web('core/api.js');
export const { schemaLines, contractEnum } = contractOf('national-health-insurance');

/** An API client for the service whose answers come from `routes` ('GET /v1/…' → Response or function). */
export function kokuhoClient(routes) {
  const fetchFn = scriptedFetch((call) => {
    const key = `${call.init.method} ${call.url.replace('https://kokuho.test', '')}`;
    const r = routes[key];
    if (!r) return json(404, { type: 'about:blank', title: '見つかりません', status: 404 });
    return typeof r === 'function' ? r(call) : r.clone();
  });
  const client = createClient({ name: 'kokuho', baseUrl: 'https://kokuho.test', fetchFn, retries: 0,
    auth: { accessToken: async () => 'token', refresh: async () => false, expired() {} } });
  return { client, calls: fetchFn.calls };
}

export const HIHOKENSHA = {
  atenabango: '100000000011', setaibango: '200000000015', shimei: '国保　花子', shimei_furigana: 'コクホ　ハナコ',
  seinengappi: '1985-05-05', zokugara: '世帯主', jumin_jotai: 'jumin', hihokensha: false,
  shikaku_shutokubi: '2020-04-01', shikaku_soshitsubi: '2025-07-02',
  shikaku_rireki: [
    { rirekibango: 1, ido_kubun: 'shutoku', shikaku_ido_jiyu: 'tennyu', shikaku_ido_jiyu_mei: '転入', shikaku_shutokubi: '2020-04-01',
      idonengappi: '2020-04-01', shorinengappi: '2020-04-03', legal_basis: '国民健康保険法第5条・第7条', henko_bango: 12 },
    { rirekibango: 2, ido_kubun: 'soshitsu', shikaku_ido_jiyu: 'shaho_kanyu', shikaku_ido_jiyu_mei: '社会保険の加入', shikaku_soshitsubi: '2025-07-02',
      idonengappi: '2025-07-01', shorinengappi: '2025-07-10', legal_basis: '国民健康保険法第6条第1号・第8条', todokede_shubetsu: 'shaho_kanyu' },
  ],
};

const kikan = (o) => ({ tsuki_kara: 4, tsuki_made: 3, tsukisu: 12, hihokenshasu: 1, shotokuwari: 0, kintowari: 30000, kintowari_keigen: 6000,
  mishugakuji_keigen: 0, byodowari: 22000, byodowari_keigen: 4400, gokei: 41600, gendogaku: 660000, gendogaku_tekiyo: false, nengaku_soto: 41600, ...o });
export const KEKKA = {
  nendo: 2025, nendo_label: '令和7年度', gisei_setainushi: true, mishugakujisu: 0,
  keigen: { wari: 2, hantei_kijunbi: '2025-07-01', hantei_shotoku: 900000, kyuyo_shotokusha_to_su: 1, taisho_ninzu: 1,
    kijun_7wari: 430000, kijun_5wari: 735000, kijun_2wari: 990000 },
  kubun: [
    { kubun: 'iryo', kubun_mei: '医療分', tsukisu: 9, nengaku: 31200, kikan: [kikan({ tsuki_kara: 7, tsukisu: 9 })] },
    { kubun: 'shien', kubun_mei: '後期高齢者支援金分', tsukisu: 9, nengaku: 10200,
      kikan: [kikan({ tsuki_kara: 7, tsukisu: 9, kintowari: 10000, kintowari_keigen: 2000, byodowari: 7000, byodowari_keigen: 1400, gokei: 13600, gendogaku: 260000, nengaku_soto: 13600 })] },
    { kubun: 'kaigo', kubun_mei: '介護納付金分', tsukisu: 0, nengaku: 0, kikan: [] },
  ],
  nengaku: 41400,
  santei_konkyo: [
    { rule_id: 'keigen', name_ja: '低所得者の軽減', legal_basis: '地方税法第703条の5', setsumei: '低所得者の軽減 2割 ← 軽減判定所得 900,000 [2割 基準: 430,000 + 560,000 × 1; 全国 令和7年度; confirmed]',
      parameters: [{ id: 'keigen-kijun', status: 'confirmed' }] },
    { rule_id: 'gendogaku', name_ja: '賦課限度額', legal_basis: '地方税法施行令第56条の88の2', setsumei: '限度額 660,000 [医療分 660,000; 全国 令和8年度; unconfirmed]',
      parameters: [{ id: 'gendogaku', name_ja: '賦課限度額', level: '全国', nendo: '令和8年度', status: 'unconfirmed', note: '令和8年度の政令の額は未確認' }] },
  ],
};
