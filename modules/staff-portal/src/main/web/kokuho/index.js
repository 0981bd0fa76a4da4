// 保険年金課 (national health insurance: 国民健康保険): the department's menu and screens. They call only the national
// health insurance service (config.services.kokuho; contracts/national-health-insurance/v1.yaml). Each link and
// route names the roles it is for (departments.js): lookups for the clerks and the 支援措置担当 (hoken-clerk /
// hoken-shien, as the contract's operations allow), 届出・試算・賦課 for hoken-clerk, the access log for hoken-auditor.

import { accessLogView } from './access-log.js';
import { fukaKensakuView, hihokenshaKensakuView, resetKensaku, setaiKensakuView } from './kensaku.js';
import { shotokuFumeiView } from './fumei.js';
import { resetShisan, shisanView } from './shisan.js';
import { hihokenshaView } from './shokai.js';
import { setaiView } from './setai.js';
import { todokedeView } from './todokede.js';
import { honsanteiView } from './honsantei.js';

export const LOOKUP = ['hoken-clerk', 'hoken-shien'];
export const CLERK = ['hoken-clerk'];
export const AUDITOR = ['hoken-auditor'];
const bango = /^\d{1,15}$/;
const nendo = /^\d{4}$/;
const jobId = /^[0-9a-f-]{1,64}$/;

export default {
  menu: [
    { href: '#/kokuho', label: '被保険者照会', roles: LOOKUP },
    { href: '#/kokuho/setai', label: '国保世帯', roles: LOOKUP },
    { href: '#/kokuho/todokede', label: '資格の届出', roles: CLERK },
    { href: '#/kokuho/shisan', label: '国保税の試算', roles: CLERK },
    { href: '#/kokuho/fuka', label: '国保税の賦課', roles: CLERK },
    { href: '#/kokuho/honsantei', label: '本算定', roles: CLERK },
    { href: '#/kokuho/shotoku-fumei', label: '所得不明世帯', roles: LOOKUP },
    { href: '#/kokuho/access-log', label: 'アクセスログ', roles: AUDITOR },
  ],
  routes: [
    { pattern: '/kokuho', view: hihokenshaKensakuView, roles: LOOKUP },
    { pattern: '/kokuho/hihokensha/:atenabango', params: { atenabango: bango }, view: hihokenshaView, roles: LOOKUP },
    { pattern: '/kokuho/setai', view: setaiKensakuView, roles: LOOKUP },
    { pattern: '/kokuho/setai/:setaibango', params: { setaibango: bango }, view: setaiView, roles: LOOKUP },
    { pattern: '/kokuho/setai/:setaibango/:nendo/:tab?', params: { setaibango: bango, nendo, tab: /^(fuka|rireki)$/ }, view: setaiView, roles: LOOKUP },
    { pattern: '/kokuho/todokede/:atenabango?', params: { atenabango: bango }, view: todokedeView, roles: CLERK },
    { pattern: '/kokuho/shisan', view: shisanView, roles: CLERK },
    { pattern: '/kokuho/fuka', view: fukaKensakuView, roles: CLERK },
    { pattern: '/kokuho/honsantei/:jobId?', params: { jobId }, view: honsanteiView, roles: CLERK },
    { pattern: '/kokuho/shotoku-fumei/:nendo?', params: { nendo }, view: shotokuFumeiView, roles: LOOKUP },
    { pattern: '/kokuho/access-log', view: accessLogView, roles: AUDITOR },
  ],
  /** Called on logout: forget what the last clerk looked up and entered. */
  reset() {
    resetKensaku();
    resetShisan();
  },
};
