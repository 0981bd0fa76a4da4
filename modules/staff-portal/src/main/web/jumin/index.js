// 住民課 (resident records): the department's menu and screens. They call only the resident-records
// service (config.services.jumin; contracts/resident-records/v1.yaml).

import { resetSearch, searchView } from './search.js';
import { juminView } from './shokai.js';
import { tennyuView } from './tennyu.js';

export default {
  menu: [
    { href: '#/jumin', label: '住民検索' },
    { href: '#/jumin/tennyu', label: '転入届' },
  ],
  routes: [
    { pattern: '/jumin', view: searchView },
    { pattern: '/jumin/tennyu', view: tennyuView },
    {
      pattern: '/jumin/:atenabango/:tab?',
      params: { atenabango: /^\d{1,15}$/, tab: /^(tenkyo|tenshutsu|juminhyo)$/ },
      view: juminView,
    },
  ],
  /** Called on logout: forget what the last clerk searched. */
  reset: resetSearch,
};
