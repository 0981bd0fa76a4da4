// 税務課 (local tax: 個人住民税): the department's menu and screens. They call only the local tax service
// (config.services.zeimu; contracts/local-tax/v1.yaml).

import { jutogaiView } from './jutogai.js';
import { kensakuView, resetKensaku } from './kensaku.js';
import { resetShinkoku } from './shinkoku.js';
import { resetShisan, shisanView } from './shisan.js';
import { nozeigimushaView } from './shokai.js';

export default {
  menu: [
    { href: '#/zeimu', label: '納税義務者照会' },
    { href: '#/zeimu/shisan', label: '試算' },
    { href: '#/zeimu/jutogai', label: '住登外者の登録' },
  ],
  routes: [
    { pattern: '/zeimu', view: kensakuView },
    { pattern: '/zeimu/shisan', view: shisanView },
    { pattern: '/zeimu/jutogai', view: jutogaiView },
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
