// 介護保険課 (long-term care insurance: 介護保険): the department's menu and screens. They call only the long-term care
// service (config.services.kaigo; contracts/long-term-care/v1.yaml). Each link and route names the roles it is for
// (departments.js): lookups for the clerks and the 支援措置担当 (kaigo-clerk / kaigo-shien, as the contract's operations
// allow), 届出・試算・賦課・認定の記録 for kaigo-clerk, the access log for kaigo-auditor.

import { accessLogView } from './access-log.js';
import { chienView } from './chien.js';
import { futanShisanView } from './futan-shisan.js';
import { fukaKensakuView, hihokenshaKensakuView, resetKensaku } from './kensaku.js';
import { shinseiView } from './nintei-shinsei.js';
import { resetShisan, shisanView } from './shisan.js';
import { hihokenshaView } from './shokai.js';
import { todokedeView } from './todokede.js';
import { nenjiFukaView } from './nenji-fuka.js';

export const LOOKUP = ['kaigo-clerk', 'kaigo-shien'];
export const CLERK = ['kaigo-clerk'];
export const AUDITOR = ['kaigo-auditor'];
const bango = /^\d{1,15}$/;
const nendo = /^\d{4}$/;
const jobId = /^[0-9a-f-]{1,64}$/;

export default {
  menu: [
    { href: '#/kaigo', label: '被保険者照会', roles: LOOKUP },
    { href: '#/kaigo/todokede', label: '資格の届出', roles: CLERK },
    { href: '#/kaigo/shisan', label: '保険料の試算', roles: CLERK },
    { href: '#/kaigo/fuka', label: '保険料の賦課', roles: CLERK },
    { href: '#/kaigo/nenji-fuka', label: '保険料の年次賦課', roles: CLERK },
    { href: '#/kaigo/futan-wariai/shisan', label: '負担割合の試算', roles: CLERK },
    { href: '#/kaigo/nintei/shinsei', label: '認定の申請', roles: CLERK },
    { href: '#/kaigo/nintei/chien', label: '認定の期限超過', roles: LOOKUP },
    { href: '#/kaigo/access-log', label: 'アクセスログ', roles: AUDITOR },
  ],
  routes: [
    { pattern: '/kaigo', view: hihokenshaKensakuView, roles: LOOKUP },
    { pattern: '/kaigo/hihokensha/:atenabango/:tab?', params: { atenabango: bango, tab: /^nintei$/ }, view: hihokenshaView, roles: LOOKUP },
    { pattern: '/kaigo/hihokensha/:atenabango/:nendo/:tab', params: { atenabango: bango, nendo, tab: /^(fuka|rireki|futan-wariai)$/ },
      view: hihokenshaView, roles: LOOKUP },
    { pattern: '/kaigo/todokede/:atenabango?', params: { atenabango: bango }, view: todokedeView, roles: CLERK },
    { pattern: '/kaigo/shisan', view: shisanView, roles: CLERK },
    { pattern: '/kaigo/fuka', view: fukaKensakuView, roles: CLERK },
    { pattern: '/kaigo/nenji-fuka/:jobId?', params: { jobId }, view: nenjiFukaView, roles: CLERK },
    { pattern: '/kaigo/futan-wariai/shisan', view: futanShisanView, roles: CLERK },
    { pattern: '/kaigo/nintei/shinsei/:atenabango?', params: { atenabango: bango }, view: shinseiView, roles: CLERK },
    { pattern: '/kaigo/nintei/chien', view: chienView, roles: LOOKUP },
    { pattern: '/kaigo/access-log', view: accessLogView, roles: AUDITOR },
  ],
  /** Called on logout: forget what the last clerk looked up and entered. */
  reset() {
    resetKensaku();
    resetShisan();
  },
};
