// Shared by the 介護保険課 tests: the contract's enums, an API client with scripted answers (the real client of
// core/api.js, so Idempotency-Keys and problem+json are as in the browser), and answers as the contract shapes them.
import { BUILT_WEB } from './built.js';
import { contractOf } from './contract.js';
import { json, scriptedFetch } from './fakes.js';

export { json };
export const web = (f) => import(new URL(f, BUILT_WEB));
const { createClient } = await web('core/api.js');
export const { schemaLines, contractEnum } = contractOf('long-term-care');

/** An API client for the service whose answers come from `routes` ('GET /v1/…' → Response or function). */
export function kaigoClient(routes) {
  const fetchFn = scriptedFetch((call) => {
    const key = `${call.init.method} ${call.url.replace('https://kaigo.test', '')}`;
    const r = routes[key];
    if (!r) return json(404, { type: 'about:blank', title: '見つかりません', status: 404 });
    return typeof r === 'function' ? r(call) : r.clone();
  });
  const client = createClient({ name: 'kaigo', baseUrl: 'https://kaigo.test', fetchFn, retries: 0,
    auth: { accessToken: async () => 'token', refresh: async () => false, expired() {} } });
  return { client, calls: fetchFn.calls };
}

export const CLERK = { preferred_username: 'kaigo1', lg_code: '999997', realm_access: { roles: ['kaigo-clerk'] } };
export const SHIEN = { preferred_username: 'kaigo-shien1', lg_code: '999997', realm_access: { roles: ['kaigo-shien'] } };

export const HIHOKENSHA = {
  atenabango: '100000000011', setaibango: '200000000015', shimei: '介護　花子', shimei_furigana: 'カイゴ　ハナコ',
  seinengappi: '1950-05-05', zokugara: '世帯主', jumin_jotai: 'jumin', nenrei_totatsubi: '2015-05-04', hihokensha: true,
  hihokensha_kubun: 'dai1go', hihokensha_bango: '0000000123', jushochi_tokurei: true, tekiyo_jogai: false,
  shikaku_shutokubi: '2015-05-04', shikaku_soshitsubi: null,
  shikaku_rireki: [
    { rirekibango: 1, ido_kubun: 'shutoku', shikaku_ido_jiyu: 'nenrei_totatsu', shikaku_ido_jiyu_mei: '65歳到達', koryokubi: '2015-05-04',
      shikaku_shutokubi: '2015-05-04', idonengappi: '2015-05-04', shorinengappi: '2015-05-04', legal_basis: '介護保険法第9条第1号・第10条第4号',
      henko_bango: 12 },
    { rirekibango: 2, ido_kubun: 'keizoku', shikaku_ido_jiyu: 'jushochi_tokurei_tekiyo', shikaku_ido_jiyu_mei: '住所地特例の適用（他市町村の施設に入所）',
      koryokubi: '2026-10-01', idonengappi: '2026-10-01', shorinengappi: '2026-10-05', legal_basis: '介護保険法第13条',
      todokede_shubetsu: 'jushochi_tokurei_tekiyo', shisetsu_mei: '特別養護老人ホームきた苑', shisetsu_shozaichi: '架空県きた町' },
  ],
};

export const KEKKA = {
  nendo: 2025, dankai: 4, dankai_su: 13, jyoritsu: '0.9', keigen_jyoritsu: null, kijungaku: 80400, hantei_shotoku: 800000,
  hokenryo_nengaku: 72300, tsukisu: 12, nengaku: 72300, tsukigaku: 6025, parameter_set: 'municipality',
  riyu: ['本人は住民税非課税、世帯に課税者がいます', '課税年金収入額＋その他の合計所得金額 800,000円 ≦ 809,000円: 第4段階'],
  santei_konkyo: [
    { rule_id: 'dankai', name_ja: '所得段階', legal_basis: '介護保険法施行令第38条', value: 4, tani: '段階',
      setsumei: '所得段階 第4段階 ← 判定所得 800,000 ≦ 809,000 [基準 809,000; 全国 令和7年度; confirmed]', parameters: [{ id: 'kijun-nenkin', status: 'confirmed' }] },
    { rule_id: 'honrai-nengaku', name_ja: '保険料の年額', legal_basis: '介護保険法第129条', value: 72300, tani: '円',
      setsumei: '年額 72,300 ← 80,400 × 0.9 [段階表; みなみ市 令和7年度; inferred]',
      parameters: [{ id: 'dankai_hyo', name_ja: '所得段階と乗率', level: 'みなみ市', nendo: '令和7年度', status: 'inferred', note: '公費軽減前の乗率は推定' }] },
  ],
};

export const FUTAN = {
  nendo: 2025, futan_wariai: 2, gokei_shotoku_kingaku: 1600000, setai_nenkin_sonota: 2800000, dai1go_su: 1,
  yuko_kaishibi: '2025-08-01', yuko_shuryobi: '2026-07-31',
  riyu: ['合計所得金額 1,600,000円 ≧ 1,600,000円、年金収入＋その他の合計所得金額 2,800,000円 ≧ 2,800,000円（単身）: 2割'],
  santei_konkyo: [{ rule_id: 'futan-wariai', name_ja: '負担割合', legal_basis: '介護保険法第49条の2', setsumei: '2割 ← …' }],
};

/** An application as the service answers it (申請日 2026-11-10, 業務日付 2026-12-01: 9 days left). */
export function shinsei(o = {}) {
  return {
    shinsei_id: 7, atenabango: '100000000011', shinsei_kubun: 'shinki', shinsei_kubun_mei: '新規申請', shinseibi: '2026-11-10',
    shori_kigen: '2026-12-10', kigen: '2026-12-10', nokori_nissu: 9, chien: false, kettei: false, nintei: null, tetsuzuki: [],
    legal_basis: '介護保険法第27条第1項; 介護保険法第27条第11項（申請のあった日から30日以内に処分）', ...o,
  };
}
