// Kikan 職員ポータル — the staff screens of every department in one page (plain ES modules, no build
// step). Reads config.json, logs in once (OIDC), gives each department an API client per service,
// and shows the screen for the current #/… route.

import { createClients } from './core/api.js';
import { loadConfig } from './core/config.js';
import { h, show } from './core/dom.js';
import { problemBox } from './core/forms.js';
import { createAuth } from './core/oidc.js';
import { createRouter, pathOf } from './core/router.js';
import { allowedFor, configuredDepartments, loadDepartment, menusForRoles, rolesOf } from './departments.js';
import { homeView, markActive, renderNav } from './shell/menu.js';
import { loginFailedView, loginView, renderSession } from './shell/session.js';

const main = document.getElementById('main');
const sessionBox = document.getElementById('session');
const banner = document.getElementById('banner');
const nav = document.getElementById('nav');

/** Where the provider sends the browser back to: this page, without query or hash. */
const redirectUri = () => `${location.origin}${location.pathname}`;

let auth;
let clients = {};
let departments = [];
let router;

/** The departments of the logged-in user's roles, with the menu links of those roles. */
function mine() {
  return menusForRoles(departments, rolesOf(auth.claims()));
}

function renderHeader() {
  const loggedIn = Boolean(auth.session());
  renderSession(sessionBox, loggedIn ? auth.claims() : null, () => logout());
  if (loggedIn) renderNav(nav, mine());
  nav.hidden = !loggedIn || mine().length === 0;
}

function login() {
  auth.login(location.hash).catch((e) => show(main, problemBox(e)));
}

function logout() {
  departments.forEach((d) => d.reset?.());
  auth.logout().then(() => {
    renderHeader();
    show(main, loginView('ログアウトしました。', login));
  });
}

function showLogin(message) {
  renderHeader();
  show(main, loginView(message, login));
}

function route() {
  banner.hidden = true;
  if (!auth.session()) {
    showLogin();
    return;
  }
  renderHeader();
  const path = pathOf(location.hash);
  markActive(nav, path);
  if (path === '/') {
    const own = mine();
    if (own.length === 1 && own[0].menu?.length) {
      history.replaceState(null, '', own[0].menu[0].href);
      route();
      return;
    }
    show(main, own.length === 0 && departments.length > 0
      ? h('div', { class: 'alert', role: 'alert' }, h('strong', {}, 'この利用者が使える業務がありません'),
        h('p', {}, '業務のロール (住民課・税務課など) が割り当てられていません。システム管理者に連絡してください。'))
      : homeView(own));
  } else {
    const found = router.resolve(path);
    if (!found) {
      show(main, h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '画面が見つかりません'),
        h('p', {}, h('a', { href: '#/' }, '業務メニューに戻る'))));
    } else if (!allowedFor(found.route, rolesOf(auth.claims())) || !allowedFor(found.route.department, rolesOf(auth.claims()))) {
      show(main, h('div', { class: 'alert', role: 'alert', 'data-testid': 'route-forbidden' }, h('strong', {}, 'この画面を使うロールがありません'),
        h('p', {}, 'この画面は担当のロールを持つ職員だけが使えます。'), h('p', {}, h('a', { href: '#/' }, '業務メニューに戻る'))));
    } else {
      const d = found.route.department;
      const ctx = { main, banner, auth, clients: clientsFor(d), show: (...c) => show(main, ...c) };
      Promise.resolve().then(() => found.route.view(ctx, found.params)).catch((e) => show(main, problemBox(e)));
    }
  }
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

/** The API clients of the services a department needs: { jumin: client }. */
function clientsFor(d) {
  return Object.fromEntries(d.services.map((s) => [s, clients[s]]));
}

async function start() {
  let config;
  try {
    config = await loadConfig();
  } catch (e) {
    show(main, h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '設定を読み込めませんでした'), h('p', {}, e.message)));
    return;
  }
  auth = createAuth({
    issuer: config.oidc,
    clientId: config.clientId,
    redirectUri: redirectUri(),
    storage: sessionStorage,
    fetchFn: (...a) => fetch(...a),
    navigate: (url) => location.assign(url),
    onChange: () => renderHeader(),
    onExpired: () => showLogin('ログインの有効期限が切れました。もう一度ログインしてください。'),
  });
  clients = createClients(config.services, auth);
  try {
    departments = await Promise.all(configuredDepartments(config).map(loadDepartment));
  } catch (e) {
    show(main, h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '業務画面を読み込めませんでした'), h('p', {}, e.message)));
    return;
  }
  router = createRouter(departments.flatMap((d) => d.routes.map((r) => ({ ...r, department: d }))));
  try {
    const back = await auth.completeLogin(location.search);
    if (back !== null) history.replaceState(null, '', redirectUri() + back);
  } catch (e) {
    history.replaceState(null, '', redirectUri());
    renderHeader();
    show(main, loginFailedView(e.message, login));
    return;
  }
  auth.start();
  window.addEventListener('hashchange', route);
  route();
}

start();
