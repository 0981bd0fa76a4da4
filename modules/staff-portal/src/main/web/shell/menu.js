// The department menu: in the header (every screen) and as the portal's top page.

import { h } from '../core/dom.js';
import { pathOf } from '../core/router.js';

/** The header menu: per department its name and its links. */
export function renderNav(nav, departments) {
  nav.replaceChildren(...departments.map((d) => h('div', { class: 'nav-dept', role: 'group', 'aria-labelledby': `nav-${d.id}` },
    h('span', { class: 'nav-dept-name', id: `nav-${d.id}` }, d.name),
    (d.menu || []).map((m) => h('a', { href: m.href }, m.label)))));
}

/**
 * The menu link for a path: the one whose path is the longest prefix of it (on 住民照会
 * #/jumin/123 that is 住民検索 #/jumin; on #/jumin/tennyu it is 転入届).
 */
export function activeHref(hrefs, path) {
  let best = null;
  for (const href of hrefs) {
    const p = pathOf(href);
    if ((path === p || path.startsWith(`${p}/`)) && (!best || p.length > pathOf(best).length)) best = href;
  }
  return best;
}

export function markActive(nav, path) {
  const links = [...nav.querySelectorAll('a')];
  const active = activeHref(links.map((a) => a.getAttribute('href')), path);
  links.forEach((a) => {
    if (a.getAttribute('href') === active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

/** The portal's top page when several departments are configured (or none). */
export function homeView(departments) {
  if (departments.length === 0) {
    return h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '利用できる業務がありません'),
      h('p', {}, 'config.json に業務サービスの URL が設定されていません。システム管理者に連絡してください。'));
  }
  return h('section', { 'aria-labelledby': 'home-title' },
    h('h1', { id: 'home-title' }, '業務メニュー'),
    h('div', { class: 'dept-grid' }, departments.map((d) => h('section', { class: 'card dept-card', 'aria-labelledby': `home-${d.id}` },
      h('h2', { id: `home-${d.id}` }, d.name),
      h('ul', {}, (d.menu || []).map((m) => h('li', {}, h('a', { href: m.href }, m.label))))))));
}
