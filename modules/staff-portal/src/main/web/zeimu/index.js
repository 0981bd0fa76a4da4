// 税務課 (local tax: 個人住民税): the department's menu and screens. They call only the local tax service
// (config.services.zeimu; contracts/local-tax/v1.yaml). Each link and route names the roles it is for
// (departments.js: a 税務課 member sees only those of their roles): the clerks' screens for 窓口・支援措置担当・
// 監査, パラメータ管理 for zeimu-admin alone. 固定資産税・都市計画税 (kotei-*.js, /v1/koteishisanzei/*) and 軽自動車税
// (kei-*.js, /v1/keijidoshazei/*) have their own screens under #/zeimu/kotei/… and #/zeimu/kei/….

import { HOKOKU, hokokuView, mitotsugoView } from './hokoku.js';
import { hojinView } from './hojin.js';
import { jutogaiView } from './jutogai.js';
import { kensakuView, resetKensaku } from './kensaku.js';
import { parameterView } from './parameter.js';
import { resetShinkoku } from './shinkoku.js';
import { resetShisan, shisanView } from './shisan.js';
import { nozeigimushaView } from './shokai.js';
import { tokuchoView } from './tokucho.js';
import { toshoView } from './tosho.js';
import { keiFukaView } from './kei-fuka.js';
import { genmenView, ketteiView } from './kei-genmen.js';
import { keiShisanView } from './kei-shisan.js';
import { keiShoyuView, sharyoShokaiView } from './kei-shokai.js';
import { sharyoTorikomiView } from './kei-torikomi.js';
import { sharyoTorokuView } from './kei-toroku.js';
import { koteiFukaView, SHOYUSHA_KEY } from './kotei-fuka.js';
import { koteiRirekiView } from './kotei-rireki.js';
import { koteiShisanView } from './kotei-shisan.js';
import { shokaiView, shoyuView } from './kotei-shokai.js';
import { koteiToshoView } from './kotei-tosho.js';
import { torokuView } from './kotei-toroku.js';
import { keiToshoView } from './kei-tosho.js';

export const STAFF = ['zeimu-clerk', 'zeimu-shien', 'zeimu-auditor'];
export const ADMIN = ['zeimu-admin'];
const staff = (entries) => entries.map((e) => ({ roles: STAFF, ...e }));
const nendo = /^\d{4}$/;
const atenabango = /^\d{1,15}$/;
const jobId = /^[0-9a-f-]{1,64}$/;
const daicho = (kind, re) => [
  { pattern: `/zeimu/kotei/${kind}`, view: torokuView(kind) },
  { pattern: `/zeimu/kotei/${kind}-shokai`, view: shokaiView(kind) },
  { pattern: `/zeimu/kotei/${kind}/:id`, params: { id: re }, view: shokaiView(kind) },
  { pattern: `/zeimu/kotei/${kind}/:id/ido`, params: { id: re }, view: torokuView(kind) },
];

export default {
  menu: [
    ...staff([
      { href: '#/zeimu', label: '納税義務者照会' },
      { href: '#/zeimu/shisan', label: '試算' },
      { href: '#/zeimu/jutogai', label: '住登外者の登録' },
      { href: '#/zeimu/hojin', label: '法人の登録' },
      { href: '#/zeimu/kyuyo-hokoku', label: '給与支払報告書の取込' },
      { href: '#/zeimu/kyuyo-hokoku/mitotsugo', label: '給与の未突合一覧' },
      { href: '#/zeimu/nenkin-hokoku', label: '公的年金等支払報告書の取込' },
      { href: '#/zeimu/nenkin-hokoku/mitotsugo', label: '年金の未突合一覧' },
      { href: '#/zeimu/tokubetsu-choshu', label: '特別徴収税額の通知' },
      { href: '#/zeimu/tosho-fuka', label: '当初賦課' },
      { href: '#/zeimu/kotei/tochi', label: '土地の登録' },
      { href: '#/zeimu/kotei/kaoku', label: '家屋の登録' },
      { href: '#/zeimu/kotei/tochi-shokai', label: '土地の照会' },
      { href: '#/zeimu/kotei/kaoku-shokai', label: '家屋の照会' },
      { href: '#/zeimu/kotei/shoyu', label: '固定資産の所有資産' },
      { href: '#/zeimu/kotei/shisan', label: '固定資産税の試算' },
      { href: '#/zeimu/kotei/fuka', label: '固定資産税の賦課' },
      { href: '#/zeimu/kotei/tosho-fuka', label: '固定資産税の当初賦課' },
      { href: '#/zeimu/kei/sharyo', label: '軽自動車等の登録' },
      { href: '#/zeimu/kei/sharyo-shokai', label: '車両の照会' },
      { href: '#/zeimu/kei/shoyu', label: '軽自動車の所有車両' },
      { href: '#/zeimu/kei/shisan', label: '軽自動車税の試算' },
      { href: '#/zeimu/kei/genmen', label: '軽自動車税の減免申請' },
      { href: '#/zeimu/kei/genmen-kettei', label: '軽自動車税の減免の決定' },
      { href: '#/zeimu/kei/torikomi', label: '車両ファイルの取込' },
      { href: '#/zeimu/kei/tosho-fuka', label: '軽自動車税の当初賦課' },
    ]),
    { href: '#/zeimu/parameter', label: 'パラメータ管理', roles: ADMIN },
  ],
  routes: [
    ...staff([
      { pattern: '/zeimu', view: kensakuView },
      { pattern: '/zeimu/shisan', view: shisanView },
      { pattern: '/zeimu/jutogai', view: jutogaiView },
      { pattern: '/zeimu/hojin', view: hojinView },
      { pattern: '/zeimu/kyuyo-hokoku', view: hokokuView(HOKOKU.kyuyo) },
      { pattern: '/zeimu/kyuyo-hokoku/mitotsugo/:nendo?', params: { nendo }, view: mitotsugoView(HOKOKU.kyuyo) },
      { pattern: '/zeimu/nenkin-hokoku', view: hokokuView(HOKOKU.nenkin) },
      { pattern: '/zeimu/nenkin-hokoku/mitotsugo/:nendo?', params: { nendo }, view: mitotsugoView(HOKOKU.nenkin) },
      { pattern: '/zeimu/tokubetsu-choshu', view: tokuchoView },
      { pattern: '/zeimu/tokubetsu-choshu/:nendo/:gimusha', params: { nendo, gimusha: /^.{1,200}$/u }, view: tokuchoView },
      { pattern: '/zeimu/tosho-fuka/:jobId?', params: { jobId }, view: toshoView },
      ...daicho('tochi', /^T\d{9}$/),
      ...daicho('kaoku', /^K\d{9}$/),
      { pattern: '/zeimu/kotei/shoyu', view: shoyuView },
      { pattern: '/zeimu/kotei/shoyu/:atenabango/:nendo?', params: { atenabango, nendo }, view: shoyuView },
      { pattern: '/zeimu/kotei/shisan', view: koteiShisanView },
      { pattern: '/zeimu/kotei/shisan/:nendo/:atenabango?', params: { nendo, atenabango }, view: koteiShisanView },
      { pattern: '/zeimu/kotei/fuka', view: koteiFukaView },
      { pattern: '/zeimu/kotei/fuka/:nendo/:shoyusha?', params: { nendo, shoyusha: SHOYUSHA_KEY }, view: koteiFukaView },
      { pattern: '/zeimu/kotei/rireki/:atenabango/:nendo', params: { atenabango, nendo }, view: koteiRirekiView },
      { pattern: '/zeimu/kotei/tosho-fuka/:jobId?', params: { jobId }, view: koteiToshoView },
      { pattern: '/zeimu/kei/sharyo', view: sharyoTorokuView },
      { pattern: '/zeimu/kei/tosho-fuka/:jobId?', params: { jobId }, view: keiToshoView },
      { pattern: '/zeimu/kei/sharyo-shokai', view: sharyoShokaiView },
      { pattern: '/zeimu/kei/sharyo/:sharyoId/:kijunbi?', params: { sharyoId: /^[0-9a-f-]{36}$/, kijunbi: /^\d{4}-\d{2}-\d{2}$/ }, view: sharyoShokaiView },
      { pattern: '/zeimu/kei/shoyu', view: keiShoyuView },
      { pattern: '/zeimu/kei/shoyu/:atenabango/:kijunbi?', params: { atenabango, kijunbi: /^\d{4}-\d{2}-\d{2}$/ }, view: keiShoyuView },
      { pattern: '/zeimu/kei/shisan', view: keiShisanView },
      { pattern: '/zeimu/kei/fuka/:atenabango/:nendo', params: { atenabango, nendo }, view: keiFukaView },
      { pattern: '/zeimu/kei/genmen/:sharyoId?', params: { sharyoId: /^[0-9a-f-]{36}$/ }, view: genmenView },
      { pattern: '/zeimu/kei/genmen-kettei/:genmenId?', params: { genmenId: /^[0-9a-f-]{36}$/ }, view: ketteiView },
      { pattern: '/zeimu/kei/torikomi', view: sharyoTorikomiView },
    ]),
    { pattern: '/zeimu/parameter', view: parameterView, roles: ADMIN },
    ...staff([{
      pattern: '/zeimu/:atenabango/:nendo/:tab?',
      params: { atenabango, nendo, tab: /^(shinkoku|fuka|rireki|kaokushiki|shokyaku|sozoku)$/ },
      view: nozeigimushaView,
    }]),
  ],
  /** Called on logout: forget what the last clerk looked up and entered. */
  reset() {
    resetKensaku();
    resetShisan();
    resetShinkoku();
  },
};
