// 税務課 (local tax: 個人住民税): the department's menu and screens. They call only the local tax service
// (config.services.zeimu; contracts/local-tax/v1.yaml).

import { jutogaiView } from './jutogai.js';
import { kensakuView, resetKensaku } from './kensaku.js';
import { kyuyoView, mitotsugoView } from './kyuyo.js';
import { resetShinkoku } from './shinkoku.js';
import { resetShisan, shisanView } from './shisan.js';
import { nozeigimushaView } from './shokai.js';
import { toshoView } from './tosho.js';

export default {
  menu: [
    { href: '#/zeimu', label: '納税義務者照会' },
    { href: '#/zeimu/shisan', label: '試算' },
    { href: '#/zeimu/jutogai', label: '住登外者の登録' },
    { href: '#/zeimu/kyuyo-hokoku', label: '給与支払報告書の取込' },
    { href: '#/zeimu/kyuyo-hokoku/mitotsugo', label: '未突合一覧' },
    { href: '#/zeimu/tosho-fuka', label: '当初賦課' },
  ],
  routes: [
    { pattern: '/zeimu', view: kensakuView },
    { pattern: '/zeimu/shisan', view: shisanView },
    { pattern: '/zeimu/jutogai', view: jutogaiView },
    { pattern: '/zeimu/kyuyo-hokoku', view: kyuyoView },
    { pattern: '/zeimu/kyuyo-hokoku/mitotsugo/:nendo?', params: { nendo: /^\d{4}$/ }, view: mitotsugoView },
    { pattern: '/zeimu/tosho-fuka/:jobId?', params: { jobId: /^[0-9a-f-]{1,64}$/ }, view: toshoView },
    {
      pattern: '/zeimu/:atenabango/:nendo/:tab?',
      params: { atenabango: /^\d{1,15}$/, nendo: /^\d{4}$/, tab: /^(shinkoku|fuka|rireki)$/ },
      view: nozeigimushaView,
    },
  ],
  /** Called on logout: forget what the last clerk looked up and entered. */
  reset() {
    resetKensaku();
    resetShisan();
    resetShinkoku();
  },
};
