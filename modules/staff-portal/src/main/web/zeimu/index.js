// 税務課 (local tax: 個人住民税): the department's menu and screens. They call only the local tax service
// (config.services.zeimu; contracts/local-tax/v1.yaml). Each link and route names the roles it is for
// (departments.js: a 税務課 member sees only those of their roles): the clerks' screens for 窓口・支援措置担当・
// 監査, パラメータ管理 for zeimu-admin alone.

import { HOKOKU, hokokuView, mitotsugoView } from './hokoku.js';
import { jutogaiView } from './jutogai.js';
import { kensakuView, resetKensaku } from './kensaku.js';
import { parameterView } from './parameter.js';
import { resetShinkoku } from './shinkoku.js';
import { resetShisan, shisanView } from './shisan.js';
import { nozeigimushaView } from './shokai.js';
import { tokuchoView } from './tokucho.js';
import { toshoView } from './tosho.js';

export const STAFF = ['zeimu-clerk', 'zeimu-shien', 'zeimu-auditor'];
export const ADMIN = ['zeimu-admin'];
const staff = (entries) => entries.map((e) => ({ roles: STAFF, ...e }));
const nendo = /^\d{4}$/;

export default {
  menu: [
    ...staff([
      { href: '#/zeimu', label: '納税義務者照会' },
      { href: '#/zeimu/shisan', label: '試算' },
      { href: '#/zeimu/jutogai', label: '住登外者の登録' },
      { href: '#/zeimu/kyuyo-hokoku', label: '給与支払報告書の取込' },
      { href: '#/zeimu/kyuyo-hokoku/mitotsugo', label: '給与の未突合一覧' },
      { href: '#/zeimu/nenkin-hokoku', label: '公的年金等支払報告書の取込' },
      { href: '#/zeimu/nenkin-hokoku/mitotsugo', label: '年金の未突合一覧' },
      { href: '#/zeimu/tokubetsu-choshu', label: '特別徴収税額の通知' },
      { href: '#/zeimu/tosho-fuka', label: '当初賦課' },
    ]),
    { href: '#/zeimu/parameter', label: 'パラメータ管理', roles: ADMIN },
  ],
  routes: [
    ...staff([
      { pattern: '/zeimu', view: kensakuView },
      { pattern: '/zeimu/shisan', view: shisanView },
      { pattern: '/zeimu/jutogai', view: jutogaiView },
      { pattern: '/zeimu/kyuyo-hokoku', view: hokokuView(HOKOKU.kyuyo) },
      { pattern: '/zeimu/kyuyo-hokoku/mitotsugo/:nendo?', params: { nendo }, view: mitotsugoView(HOKOKU.kyuyo) },
      { pattern: '/zeimu/nenkin-hokoku', view: hokokuView(HOKOKU.nenkin) },
      { pattern: '/zeimu/nenkin-hokoku/mitotsugo/:nendo?', params: { nendo }, view: mitotsugoView(HOKOKU.nenkin) },
      { pattern: '/zeimu/tokubetsu-choshu', view: tokuchoView },
      { pattern: '/zeimu/tokubetsu-choshu/:nendo/:gimusha', params: { nendo, gimusha: /^.{1,200}$/u }, view: tokuchoView },
      { pattern: '/zeimu/tosho-fuka/:jobId?', params: { jobId: /^[0-9a-f-]{1,64}$/ }, view: toshoView },
    ]),
    { pattern: '/zeimu/parameter', view: parameterView, roles: ADMIN },
    ...staff([{
      pattern: '/zeimu/:atenabango/:nendo/:tab?',
      params: { atenabango: /^\d{1,15}$/, nendo, tab: /^(shinkoku|fuka|rireki)$/ },
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
