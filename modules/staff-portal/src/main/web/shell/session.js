// The header's login box and the login screen.

import { h } from '../core/dom.js';

/** Shows who is working for which municipality, with the logout button; or 未ログイン. */
export function renderSession(box, claims, onLogout) {
  if (!claims) {
    box.replaceChildren(h('span', { class: 'muted' }, '未ログイン'));
    return;
  }
  // ログインID (preferred_username — the actor the access logs record) first, then the name in
  // Japanese order (family name first; Keycloak's `name` claim is "given family").
  const user = claims.preferred_username || claims.sub || '（不明）';
  const fullName = claims.family_name && claims.given_name ? `${claims.family_name} ${claims.given_name}` : (claims.name || '');
  box.replaceChildren(
    h('dl', { class: 'session-info' },
      h('dt', {}, '職員'),
      h('dd', {}, h('span', { 'data-testid': 'user' }, user),
        fullName && fullName !== user ? h('span', { class: 'user-name', 'data-testid': 'user-name' }, `（${fullName}）`) : null),
      h('dt', {}, '地方公共団体コード'), h('dd', { 'data-testid': 'lg-code' }, claims.lg_code || '（なし）')),
    h('button', { type: 'button', class: 'secondary', onclick: onLogout }, 'ログアウト'));
}

export function loginView(message, onLogin) {
  return h('section', { class: 'card login', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'ログイン'),
    message ? h('p', { class: 'notice', role: 'status' }, message) : null,
    h('p', {}, '基幹業務システムを利用するには、職員アカウントでログインしてください。'),
    h('button', { type: 'button', class: 'primary', onclick: onLogin }, 'ログイン'));
}

export function loginFailedView(message, onLogin) {
  return [
    h('div', { class: 'alert', role: 'alert' }, h('strong', {}, 'ログインできませんでした'), h('p', {}, message)),
    h('p', {}, h('button', { type: 'button', class: 'primary', onclick: onLogin }, 'もう一度ログイン')),
  ];
}
