// Kikan 住民記録 — 住民課の業務画面 (plain ES module, no build step).
// Talks only to the resident-records API on the same origin (contracts/resident-records/v1.yaml).

const TOKEN_KEY = 'kikan.token';
const ID_TOKEN_KEY = 'kikan.id_token';
const PKCE_KEY = 'kikan.pkce';

const main = document.getElementById('main');
const sessionBox = document.getElementById('session');
const banner = document.getElementById('banner');
const nav = document.getElementById('nav');

let config = null;
let oidcMeta = null;
let lastSearch = null; // { params, offset, result } — kept so 「検索結果に戻る」 shows the list again

// ---------------------------------------------------------------------------------------------
// Small DOM helper: children are nodes or text (never parsed as HTML)

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Drops null/false (a DOM append would print them as the text "null"). */
function nodes(list) {
  return list.flat(Infinity).filter((n) => n !== undefined && n !== null && n !== false);
}

function show(...children) {
  main.replaceChildren(...nodes(children));
}

// ---------------------------------------------------------------------------------------------
// Code tables and dates

const JOTAI = { jumin: '住民', tenshutsu: '転出', shibo: '死亡', shokken_shojo: '職権消除' };
const SEIBETSU = { '0': '不明', '1': '男', '2': '女' };
const SHUBETSU = { nihonjin: '日本人', gaikokujin: '外国人' };
const KUBUN_30_45 = {
  chukyo_zairyusha: '中長期在留者', tokubetsu_eijusha: '特別永住者', ichiji_higo: '一時庇護許可者',
  karitaizai: '仮滞在許可者', shussei_keika: '出生による経過滞在者', kokuseki_soshitsu_keika: '国籍喪失による経過滞在者',
};
const YOSHIKI = { kojin: '個人票', setai_renki: '世帯連記式' };

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** 西暦 YYYY-MM-DD → 和暦 (令和6年4月1日), for display only; the API's own 和暦 is preferred where it gives one. */
function wareki(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const text = warekiFormat.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
  return text.replace(/(\D)1年/, '$1元年');
}

function dateCell(iso) {
  if (!iso) return '';
  return h('span', { class: 'date' }, wareki(iso), h('small', {}, `（${iso}）`));
}

function birth(p) {
  if (p.seinengappi_wareki) return h('span', { class: 'date' }, p.seinengappi_wareki, p.seinengappi ? h('small', {}, `（${p.seinengappi}）`) : null);
  if (p.seinengappi) return dateCell(p.seinengappi);
  return p.seinengappi_fushohyoki || '不詳';
}

function jushoText(j) {
  if (!j) return '';
  return [j.jusho_todofuken, j.jusho_shikugunchosonmei, j.jusho_choaza, j.jusho_banchigohyoki].filter(Boolean).join('')
    + (j.jusho_katagaki ? `　${j.jusho_katagaki}` : '');
}

function nameBlock(p) {
  return h('span', { class: 'name' },
    p.shimei_furigana ? h('span', { class: 'furigana' }, p.shimei_furigana) : null,
    h('span', { class: 'kanji' }, p.shimei));
}

function jotaiBadge(code) {
  return h('span', { class: `badge jotai-${code}` }, JOTAI[code] || code);
}

// ---------------------------------------------------------------------------------------------
// Token and login (OIDC Authorization Code + PKCE S256)

function b64urlDecode(s) {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
}

function b64urlEncode(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function claims(token) {
  try {
    return JSON.parse(b64urlDecode(token.split('.')[1]));
  } catch {
    return null;
  }
}

function currentToken() {
  const t = sessionStorage.getItem(TOKEN_KEY);
  if (!t) return null;
  const c = claims(t);
  if (!c) return null;
  if (c.exp && c.exp * 1000 < Date.now()) {
    sessionStorage.removeItem(TOKEN_KEY);
    return null;
  }
  return t;
}

function redirectUri() {
  return new URL('./', location.href).href.split('#')[0].split('?')[0];
}

async function oidc() {
  if (oidcMeta) return oidcMeta;
  const base = config.oidc.replace(/\/$/, '');
  try {
    const r = await fetch(`${base}/.well-known/openid-configuration`);
    if (r.ok) oidcMeta = await r.json();
  } catch {
    // fall back to Keycloak's well-known paths below
  }
  oidcMeta = oidcMeta || {
    authorization_endpoint: `${base}/protocol/openid-connect/auth`,
    token_endpoint: `${base}/protocol/openid-connect/token`,
    end_session_endpoint: `${base}/protocol/openid-connect/logout`,
  };
  return oidcMeta;
}

async function login() {
  const meta = await oidc();
  const verifier = b64urlEncode(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = b64urlEncode(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = crypto.randomUUID();
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, hash: location.hash }));
  const u = new URL(meta.authorization_endpoint);
  u.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: 'ja',
  }).toString();
  location.assign(u.href);
}

/** Back from Keycloak with ?code=…&state=…: exchange the code (with the PKCE verifier) for tokens. */
async function completeLogin() {
  const q = new URLSearchParams(location.search);
  if (!q.has('code') && !q.has('error')) return;
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', redirectUri() + (saved?.hash || ''));
  if (q.has('error')) throw new Error(`ログインできませんでした（${q.get('error_description') || q.get('error')}）`);
  if (!saved || saved.state !== q.get('state')) throw new Error('ログインの応答が不正です（state が一致しません）。もう一度ログインしてください。');
  const meta = await oidc();
  const r = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: q.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: saved.verifier,
    }),
  });
  if (!r.ok) throw new Error(`ログインできませんでした（トークンを取得できません: HTTP ${r.status}）`);
  const t = await r.json();
  sessionStorage.setItem(TOKEN_KEY, t.access_token);
  if (t.id_token) sessionStorage.setItem(ID_TOKEN_KEY, t.id_token);
}

async function logout() {
  const idToken = sessionStorage.getItem(ID_TOKEN_KEY);
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(ID_TOKEN_KEY);
  lastSearch = null;
  if (idToken && config) {
    const meta = await oidc();
    if (meta.end_session_endpoint) {
      const u = new URL(meta.end_session_endpoint);
      u.search = new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: redirectUri(), client_id: config.clientId }).toString();
      location.assign(u.href);
      return;
    }
  }
  location.hash = '#/';
  renderSession();
  loginView('ログアウトしました。');
}

function renderSession() {
  const t = currentToken();
  if (!t) {
    sessionBox.replaceChildren(h('span', { class: 'muted' }, '未ログイン'));
    nav.hidden = true;
    return;
  }
  const c = claims(t) || {};
  // ログインID (preferred_username — the actor the access log records) first, then the name in
  // Japanese order (family name first; Keycloak's `name` claim is "given family").
  const user = c.preferred_username || c.sub || '（不明）';
  const fullName = c.family_name && c.given_name ? `${c.family_name} ${c.given_name}` : (c.name || '');
  sessionBox.replaceChildren(
    h('dl', { class: 'session-info' },
      h('dt', {}, '職員'),
      h('dd', {}, h('span', { 'data-testid': 'user' }, user), fullName && fullName !== user ? h('span', { class: 'user-name', 'data-testid': 'user-name' }, `（${fullName}）`) : null),
      h('dt', {}, '地方公共団体コード'), h('dd', { 'data-testid': 'lg-code' }, c.lg_code || '（なし）')),
    h('button', { type: 'button', class: 'secondary', onclick: logout }, 'ログアウト'));
  nav.hidden = false;
}

function loginView(message) {
  show(h('section', { class: 'card login', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'ログイン'),
    message ? h('p', { class: 'notice', role: 'status' }, message) : null,
    h('p', {}, '住民記録システムを利用するには、職員アカウントでログインしてください。'),
    h('button', { type: 'button', class: 'primary', onclick: () => login().catch((e) => fail(e)) }, 'ログイン')));
}

// ---------------------------------------------------------------------------------------------
// API calls (bearer token, problem+json)

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const token = currentToken();
  if (!token) {
    renderSession();
    loginView('ログインの有効期限が切れました。もう一度ログインしてください。');
    throw new ApiError(401, { title: '認証が必要です', detail: 'ログインしてください' });
  }
  const init = { method, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: '通信エラー', detail: 'サーバーに接続できませんでした。時間をおいてもう一度操作してください。' });
  }
  if (r.ok) return raw ? r : (r.status === 204 ? null : r.json());
  let problem = null;
  try {
    problem = await r.json();
  } catch {
    problem = { title: `HTTP ${r.status}` };
  }
  if (r.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    renderSession();
    loginView('ログインの有効期限が切れました。もう一度ログインしてください。');
  }
  throw new ApiError(r.status, problem);
}

/** A 支援措置 refusal is shown prominently (a banner on top of everything), not just inline. */
function shienBanner(err) {
  if (err instanceof ApiError && err.status === 403 && err.problem.code === 'shien-sochi') {
    banner.replaceChildren(
      h('strong', {}, err.problem.title || '支援措置により抑止されています'),
      h('p', { 'data-testid': 'shien-detail' }, err.problem.detail || ''),
      h('button', { type: 'button', class: 'secondary', onclick: () => { banner.hidden = true; } }, '閉じる'));
    banner.hidden = false;
    banner.scrollIntoView({ block: 'start' });
    return true;
  }
  return false;
}

function problemBox(err) {
  const p = err.problem || {};
  return h('div', { class: `alert${p.code === 'shien-sochi' ? ' alert-shien' : ''}`, role: 'alert', 'data-testid': 'problem' },
    h('strong', {}, p.title || 'エラー'),
    p.detail && p.detail !== p.title ? h('p', {}, p.detail) : null,
    (p.errors || []).length ? h('ul', {}, p.errors.map((e) => h('li', {}, e.message))) : null);
}

function fail(e) {
  shienBanner(e);
  show(e instanceof ApiError ? problemBox(e) : h('div', { class: 'alert', role: 'alert' }, h('strong', {}, 'エラー'), h('p', {}, e.message)));
}

// ---------------------------------------------------------------------------------------------
// Forms: labelled fields with a place for the server's message next to each

function field({ name, label, value = '', hint, required, type = 'text', autocomplete = 'off', size, pattern, list }) {
  const id = `f-${name.replace(/\./g, '-')}`;
  const errId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, '必須') : null),
    h('input', { id, name, type, value, required, autocomplete, size, pattern, list, 'aria-describedby': [hintId, errId].filter(Boolean).join(' ') }),
    hint ? h('small', { id: hintId, class: 'hint' }, hint) : null,
    h('p', { id: errId, class: 'field-error', 'aria-live': 'polite' }));
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  form.querySelector('.form-top')?.replaceChildren();
}

/** problem+json → `detail` at the top of the form, each `errors[].message` next to its field. */
/** The address fields (JUSHO_FIELDS) of a form, leaving out the empty ones. */
function readJusho(form) {
  const jusho = {};
  for (const [n] of JUSHO_FIELDS) {
    const v = form.elements[`jusho.${n}`].value.trim();
    if (v) jusho[n] = v;
  }
  return jusho;
}

/**
 * Sends an 異動 command from a form: one Idempotency-Key per attempt, reused only when the previous
 * attempt got no answer (network), so a resend never records twice; errors are shown at their fields.
 * Resolves to the result, or null when the command was refused.
 */
function idoSubmitter(form) {
  let pendingKey = null;
  form.addEventListener('input', () => { pendingKey = null; });
  return {
    reset() { pendingKey = null; },
    async send(path, body) {
      const key = pendingKey || crypto.randomUUID();
      pendingKey = key;
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const r = await api(path, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
        pendingKey = null;
        return r;
      } catch (e) {
        if (e instanceof ApiError && e.status !== 0) pendingKey = null;
        if (!(e instanceof ApiError && e.status === 401)) {
          showProblem(form, e instanceof ApiError ? e : new ApiError(0, { title: 'エラー', detail: e.message }));
          form.querySelector('[aria-invalid="true"]')?.focus();
        }
        return null;
      } finally {
        button.disabled = false;
      }
    },
  };
}

function showProblem(form, err) {
  const top = form.querySelector('.form-top');
  const p = err.problem || {};
  const unplaced = [];
  let placed = 0;
  let first = null;
  for (const e of p.errors || []) {
    const box = e.field && form.querySelector(`[data-field="${CSS.escape(e.field)}"]`);
    if (box) {
      const msg = box.querySelector('.field-error');
      msg.textContent = msg.textContent ? `${msg.textContent}　${e.message}` : e.message;
      const control = box.querySelector('input, select');
      control?.setAttribute('aria-invalid', 'true');
      first = first || control;
      placed += 1;
    } else {
      unplaced.push(e.message);
    }
  }
  top.replaceChildren(h('div', { class: `alert${p.code === 'shien-sochi' ? ' alert-shien' : ''}`, role: 'alert', 'data-testid': 'form-problem' },
    h('strong', {}, p.title || 'エラー'),
    p.detail && p.detail !== p.title ? h('p', {}, p.detail) : null,
    placed ? h('p', {}, `${placed} 件の項目に誤りがあります。各項目のメッセージを確認してください。`) : null,
    unplaced.length ? h('ul', {}, unplaced.map((m) => h('li', {}, m))) : null));
  shienBanner(err);
  (first || top).focus?.();
  top.scrollIntoView({ block: 'nearest' });
}

// ---------------------------------------------------------------------------------------------
// 住民検索

const SEARCH_FIELDS = ['kana', 'shimei', 'seinengappi', 'jusho'];
const PAGE = 20;

function searchView() {
  const prev = lastSearch?.params || {};
  const results = h('section', { id: 'results', 'aria-live': 'polite', 'aria-labelledby': 'results-title' });
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'search-title', novalidate: true },
    h('h1', { id: 'search-title' }, '住民検索'),
    h('div', { class: 'form-top' }),
    h('div', { class: 'grid' },
      field({ name: 'kana', label: 'カナ（氏名フリガナ）', value: prev.kana, hint: '部分一致。ひらがな・半角カナも可' }),
      field({ name: 'shimei', label: '氏名', value: prev.shimei, hint: '部分一致。旧字・異体字も同一視します' }),
      field({ name: 'seinengappi', label: '生年月日', value: prev.seinengappi, hint: '和暦・西暦どちらも可（例: 昭和55年4月1日、S55.4.1、1980-04-01）' }),
      field({ name: 'jusho', label: '住所', value: prev.jusho, hint: '部分一致（例: みなみ町一丁目）' })),
    h('div', { class: 'actions' },
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'include_removed', checked: prev.include_removed === 'true' }), '転出・死亡等で消除された者も含める'),
      h('button', { type: 'submit', class: 'primary' }, '検索'),
      h('button', { type: 'reset', class: 'secondary' }, 'クリア')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const params = {};
    for (const n of SEARCH_FIELDS) {
      const v = form.elements[n].value.trim();
      if (v) params[n] = v;
    }
    if (form.elements.include_removed.checked) params.include_removed = 'true';
    if (!SEARCH_FIELDS.some((n) => params[n])) {
      form.querySelector('.form-top').replaceChildren(h('div', { class: 'alert', role: 'alert' }, h('strong', {}, '検索条件を入力してください'), h('p', {}, 'カナ・氏名・生年月日・住所のいずれかを入力してください。')));
      return;
    }
    runSearch(form, results, params, 0);
  });
  form.addEventListener('reset', () => { lastSearch = null; results.replaceChildren(); clearErrors(form); });
  show(form, results);
  if (lastSearch) renderResults(form, results, lastSearch);
  form.elements.kana.focus();
}

async function runSearch(form, results, params, offset) {
  results.replaceChildren(h('p', { class: 'loading' }, '検索中…'));
  try {
    const q = new URLSearchParams({ ...params, limit: String(PAGE), offset: String(offset) });
    const result = await api(`/v1/jumin?${q}`);
    lastSearch = { params, offset, result };
    renderResults(form, results, lastSearch);
  } catch (e) {
    results.replaceChildren();
    if (e instanceof ApiError && e.status !== 401) showProblem(form, e);
    else if (!(e instanceof ApiError)) fail(e);
  }
}

function renderResults(form, results, { params, offset, result }) {
  const total = result.total > 1000 ? '1000件超' : `${result.total}件`;
  const items = result.items || [];
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: () => runSearch(form, results, params, Math.max(0, offset - PAGE)) }, '前へ'),
    h('span', {}, items.length ? `${offset + 1}〜${offset + items.length}件目` : ''),
    h('button', { type: 'button', class: 'secondary', disabled: offset + items.length >= Math.min(result.total, 1000), onclick: () => runSearch(form, results, params, offset + PAGE) }, '次へ'));
  results.replaceChildren(...nodes([
    h('h2', { id: 'results-title' }, '検索結果 ', h('span', { class: 'count', 'data-testid': 'total' }, total)),
    result.suppressed > 0
      ? h('p', { class: 'notice notice-shien', role: 'status', 'data-testid': 'suppressed' }, `支援措置により ${result.suppressed} 件を表示していません`)
      : null,
    items.length === 0
      ? h('p', { class: 'empty' }, '該当する住民はいません。')
      : h('table', { class: 'list' },
        h('caption', { class: 'sr-only' }, '住民検索の結果'),
        h('thead', {}, h('tr', {}, ['宛名番号', '氏名', '生年月日', '性別', '住所', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, items.map((p) => h('tr', { 'data-atenabango': p.atenabango },
          h('td', { class: 'num' }, h('a', { href: `#/jumin/${p.atenabango}`, 'aria-label': `${p.shimei} を照会（宛名番号 ${p.atenabango}）` }, p.atenabango)),
          h('td', {}, h('a', { href: `#/jumin/${p.atenabango}` }, nameBlock(p))),
          h('td', {}, birth(p)),
          h('td', {}, SEIBETSU[p.seibetsu] || p.seibetsu),
          h('td', {}, p.jusho_hyoki),
          h('td', {}, jotaiBadge(p.jumin_jotai), p.jumin_shubetsu === 'gaikokujin' ? h('span', { class: 'badge' }, '外国人') : null))))),
    items.length ? pager : null]));
}

// ---------------------------------------------------------------------------------------------
// 住民照会 (with tabs 照会 / 転居届 / 住民票の写し)

function dl(rows) {
  return h('dl', { class: 'details' }, rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

async function juminView(atenabango, tab) {
  show(h('p', { class: 'loading' }, '読み込み中…'));
  let p;
  try {
    p = await api(`/v1/jumin/${encodeURIComponent(atenabango)}`);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      fail(e);
      main.prepend(backLink());
    }
    return;
  }
  const tabs = [['', '照会'], ['tenkyo', '転居届'], ['tenshutsu', '転出届'], ['juminhyo', '住民票の写し']];
  const head = h('section', { class: 'card person-head', 'aria-labelledby': 'person-title' },
    backLink(),
    h('h1', { id: 'person-title' }, nameBlock(p)),
    h('p', { class: 'person-meta' },
      `宛名番号 ${p.atenabango}　世帯番号 ${p.setaibango}　`, jotaiBadge(p.jumin_jotai), ' ',
      h('span', { class: 'badge' }, SHUBETSU[p.jumin_shubetsu] || p.jumin_shubetsu)),
    h('nav', { class: 'tabs', 'aria-label': '業務の選択' },
      tabs.map(([k, label]) => h('a', { href: `#/jumin/${p.atenabango}${k ? `/${k}` : ''}`, 'aria-current': (tab || '') === k ? 'page' : null }, label))));
  const body = h('div', { class: 'tab-body' });
  show(head, body);
  if (tab === 'tenkyo') tenkyoView(body, p);
  else if (tab === 'tenshutsu') tenshutsuView(body, p);
  else if (tab === 'juminhyo') juminhyoView(body, p);
  else shokaiView(body, p);
}

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/' }, '← 検索結果に戻る'));
}

async function shokaiView(body, p) {
  const g = p.gaikokujin;
  const jusho = p.jusho || {};
  body.append(...nodes([
    h('section', { class: 'card', 'aria-labelledby': 'kihon-title' },
      h('h2', { id: 'kihon-title' }, '記載事項'),
      dl([
        ['氏名', p.shimei], ['フリガナ', p.shimei_furigana], ['旧氏', p.kyuji && `${p.kyuji}（${p.kyuji_furigana || ''}）`],
        ['生年月日', birth(p)], ['性別', SEIBETSU[p.seibetsu]],
        ['世帯主', p.setainushi ? '本人' : p.setainushi_shimei], ['続柄', p.zokugara],
        ['住所', jushoText(jusho)], ['郵便番号', jusho.jusho_yubinbango && `〒${jusho.jusho_yubinbango.slice(0, 3)}-${jusho.jusho_yubinbango.slice(3)}`],
        ['方書フリガナ', jusho.jusho_katagaki_furigana],
        ['本籍', p.honseki], ['筆頭者', p.hittosha],
        ['住民となった年月日', dateCell(p.jumintonattanengappi)], ['住所を定めた年月日', dateCell(p.jushoosadametanengappi)],
        ['転入前住所', p.tennyumaejusho], ['転出先住所', p.tenshutsusakijusho],
        ['住民票コード', p.juminhyokodo],
        ['最新の異動', p.idojiyu && `${p.idojiyu}（異動 ${wareki(p.idonengappi) || '—'}・届出 ${wareki(p.todokedenengappi) || '—'}・処理 ${wareki(p.shorinengappi)}）`],
        ['履歴番号', p.rirekibango],
      ])),
    g ? h('section', { class: 'card', 'aria-labelledby': 'gaikoku-title' },
      h('h2', { id: 'gaikoku-title' }, '外国人住民の記載事項'),
      dl([
        ['氏名（ローマ字）', g.shimei_gaikokujinromaji], ['氏名（漢字）', g.shimei_gaikokujinkanji],
        ['通称', g.tsusho && `${g.tsusho}${g.tsusho_furigana ? `（${g.tsusho_furigana}）` : ''}`],
        ['国籍・地域', g.kokuseki_chiiki], ['法第30条の45に規定する区分', KUBUN_30_45[g.hodai30jono45kubun] || g.hodai30jono45kubun],
        ['在留資格', g.zairyushikaku], ['在留期間等', g.zairyukikan], ['在留期間等の満了の日', dateCell(g.zairyukikan_manryonengappi)],
        ['在留カード等番号', g.zairyukadobango],
      ])) : null]));
  const setaiBox = h('section', { class: 'card', 'aria-labelledby': 'setai-title' }, h('h2', { id: 'setai-title' }, `世帯員（世帯番号 ${p.setaibango}）`), h('p', { class: 'loading' }, '読み込み中…'));
  const rirekiBox = h('section', { class: 'card', 'aria-labelledby': 'rireki-title' }, h('h2', { id: 'rireki-title' }, '異動履歴'), h('p', { class: 'loading' }, '読み込み中…'));
  body.append(setaiBox, rirekiBox);

  api(`/v1/setai/${encodeURIComponent(p.setaibango)}`).then((s) => {
    setaiBox.lastChild.replaceWith(h('table', { class: 'list' },
      h('caption', { class: 'sr-only' }, '世帯員の一覧'),
      h('thead', {}, h('tr', {}, ['続柄', '氏名', '生年月日', '性別', '宛名番号', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, s.members.map((m) => h('tr', { class: m.atenabango === p.atenabango ? 'self' : null },
        h('td', {}, m.zokugara || ''),
        h('td', {}, m.atenabango === p.atenabango ? nameBlock(m) : h('a', { href: `#/jumin/${m.atenabango}` }, nameBlock(m))),
        h('td', {}, birth(m)), h('td', {}, SEIBETSU[m.seibetsu] || m.seibetsu),
        h('td', { class: 'num' }, m.atenabango), h('td', {}, jotaiBadge(m.jumin_jotai)))))));
  }).catch((e) => { if (!shienBanner(e)) setaiBox.lastChild.replaceWith(problemBox(e)); });

  api(`/v1/jumin/${encodeURIComponent(p.atenabango)}/rireki`).then((r) => {
    rirekiBox.lastChild.replaceWith(h('table', { class: 'list' },
      h('caption', { class: 'sr-only' }, '異動履歴（履歴番号の昇順）'),
      h('thead', {}, h('tr', {}, ['履歴番号', '異動事由', '異動年月日', '届出年月日', '処理年月日', '住所', '世帯番号', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.items.map((x) => h('tr', {},
        h('td', { class: 'num' }, x.rirekibango, x.torikeshi_rirekibango ? h('small', {}, `（${x.torikeshi_rirekibango} を取消し）`) : null),
        h('td', {}, x.idojiyu), h('td', {}, dateCell(x.idonengappi)), h('td', {}, dateCell(x.todokedenengappi)),
        h('td', {}, dateCell(x.shorinengappi)), h('td', {}, jushoText(x.jusho)), h('td', { class: 'num' }, x.setaibango),
        h('td', {}, jotaiBadge(x.jumin_jotai)))))));
  }).catch((e) => { if (!shienBanner(e)) rirekiBox.lastChild.replaceWith(problemBox(e)); });
}

// ---------------------------------------------------------------------------------------------
// 転居届

const JUSHO_FIELDS = [
  ['jusho_yubinbango', '郵便番号', '7桁の数字（例: 9990001）'],
  ['jusho_todofuken', '都道府県', null, true],
  ['jusho_shikugunchosonmei', '市区郡町村名', null, true],
  ['jusho_choaza', '町字', '例: みなみ町一丁目'],
  ['jusho_banchigohyoki', '番地号表記', '例: 9番地9'],
  ['jusho_katagaki', '方書', 'マンション名・部屋番号など'],
  ['jusho_katagaki_furigana', '方書フリガナ', '全角カタカナ'],
  ['jusho_shikuchosonkodo', '市区町村コード', '6桁（検査数字付き）'],
  ['jusho_choazakodo', '町字コード', '7桁（ない場合 0000000）'],
];

function tenkyoView(body, p) {
  const cur = p.jusho || {};
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  let sender;
  const form = h('form', { class: 'card', 'aria-labelledby': 'tenkyo-title', novalidate: true },
    h('h2', { id: 'tenkyo-title' }, '転居届（世帯全員）'),
    h('p', { class: 'muted' }, `世帯番号 ${p.setaibango} の世帯全員の住所を、市区町村内の新しい住所に変更します。日付は和暦・西暦どちらでも入力できます。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '日付'),
      h('div', { class: 'grid' },
        field({ name: 'idonengappi', label: '異動年月日', required: true, hint: '転居した日（例: 令和6年4月1日、2024-04-01）' }),
        field({ name: 'todokedenengappi', label: '届出年月日', value: today, hint: '届出を受けた日' }))),
    h('fieldset', {}, h('legend', {}, '新しい住所'),
      h('div', { class: 'grid' },
        JUSHO_FIELDS.map(([n, label, hint, req]) => field({
          name: `jusho.${n}`, label, hint, required: req,
          value: ['jusho_todofuken', 'jusho_shikugunchosonmei', 'jusho_shikuchosonkodo'].includes(n) ? cur[n] : '',
        })))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '転居を記録する')));
  sender = idoSubmitter(form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const jusho = readJusho(form);
    const req = { setaibango: p.setaibango, idonengappi: form.elements.idonengappi.value.trim(), jusho };
    const todoke = form.elements.todokedenengappi.value.trim();
    if (todoke) req.todokedenengappi = todoke;
    const r = await sender.send('/v1/ido/tenkyo', req);
    if (r) {
      result.replaceChildren(h('div', { class: 'success', role: 'status', 'data-testid': 'tenkyo-success' },
        h('strong', {}, `${r.idojiyu}を記録しました`),
        h('p', {}, `異動事由: ${r.idojiyu}　異動年月日: ${wareki(r.idonengappi)}　処理年月日: ${wareki(r.shorinengappi)}　対象: ${(r.jumin || []).length}人`),
        h('p', {}, h('a', { href: `#/jumin/${p.atenabango}` }, '照会画面で確認する'))));
      form.reset();
      form.hidden = true;
      result.querySelector('.success').focus?.();
    }
  });
  body.append(form, result);
  form.elements.idonengappi.focus();
}

// ---------------------------------------------------------------------------------------------
// 住民票の写し

function juminhyoView(body, p) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const check = (name, label) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name }), label);
  const form = h('form', { class: 'card', 'aria-labelledby': 'juminhyo-title', novalidate: true },
    h('h2', { id: 'juminhyo-title' }, '住民票の写しの交付'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '様式'),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'yoshiki', value: 'kojin', checked: true }), `個人票（${p.shimei} のみ）`),
      h('label', { class: 'check' }, h('input', { type: 'radio', name: 'yoshiki', value: 'setai_renki' }), `世帯連記式（世帯番号 ${p.setaibango} の世帯全員）`)),
    h('fieldset', {}, h('legend', {}, '記載する事項（請求があった場合のみ記載）'),
      check('honseki_hittosha', '本籍・筆頭者'), check('setainushi_zokugara', '世帯主・続柄'),
      check('juminhyokodo', '住民票コード'), check('kojinbango', '個人番号'), check('rireki', '履歴')),
    h('div', { class: 'grid' }, field({ name: 'mokuteki', label: '請求の目的', hint: '交付履歴に記録されます（例: 年金手続のため）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '発行する（PDF）')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const yoshiki = form.elements.yoshiki.value;
    const req = { yoshiki };
    if (yoshiki === 'kojin') req.atenabango = [p.atenabango];
    else req.setaibango = p.setaibango;
    for (const n of ['honseki_hittosha', 'setainushi_zokugara', 'juminhyokodo', 'kojinbango', 'rireki']) req[n] = form.elements[n].checked;
    const mokuteki = form.elements.mokuteki.value.trim();
    if (mokuteki) req.mokuteki = mokuteki;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await api('/v1/shomei/juminhyo', { method: 'POST', body: req, raw: true, headers: { Accept: 'application/pdf, application/problem+json' } });
      const hakko = r.headers.get('X-Hakko-Bango') || '';
      const blob = await r.blob();
      const url = URL.createObjectURL(blob);
      const fileName = `住民票の写し_${hakko || 'hakko'}.pdf`;
      const a = h('a', { href: url, download: fileName }, `${fileName} を保存`);
      result.replaceChildren(h('div', { class: 'success', role: 'status', 'data-testid': 'juminhyo-success' },
        h('strong', {}, `住民票の写し（${YOSHIKI[yoshiki]}）を発行しました`),
        h('p', {}, `発行番号: ${hakko}`),
        h('p', {}, a, '（ダウンロードが始まらない場合はこのリンクから保存してください）')));
      a.click();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) showProblem(form, e instanceof ApiError ? e : new ApiError(0, { title: 'エラー', detail: e.message }));
    } finally {
      button.disabled = false;
    }
  });
  body.append(form, result);
}

// ---------------------------------------------------------------------------------------------
// 転入届 (新しい世帯)

const TENNYU_KUBUN = { kokunai: '国内転入', kokugai: '国外転入等' };
const ZOKUGARA_CHOICES = ['世帯主', '妻', '夫', '子', '父', '母', '同居人', '縁故者'];
const MEMBER_COLS = [
  ['shimei', '氏名', true], ['shimei_furigana', 'フリガナ', true], ['seinengappi', '生年月日', false],
  ['seibetsu', '性別', true], ['zokugara', '続柄', true], ['honseki', '本籍', false], ['hittosha', '筆頭者', false],
];

function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

function zokugaraList(id) {
  return h('datalist', { id }, ZOKUGARA_CHOICES.map((z) => h('option', { value: z })));
}

/** One cell of the member table: a field with its own (visually hidden) label and error place. */
function memberCell(col, label, required) {
  const control = col === 'seibetsu'
    ? h('select', { 'data-col': col }, h('option', { value: '' }, '選択'), Object.entries(SEIBETSU).filter(([k]) => k !== '0').concat([['0', '不明']])
      .map(([k, v]) => h('option', { value: k }, v)))
    : h('input', { type: 'text', 'data-col': col, autocomplete: 'off', list: col === 'zokugara' ? 'zokugara-choices' : null,
      placeholder: col === 'seinengappi' ? '和暦・西暦' : null, required });
  return h('td', {}, h('div', { class: 'field cell', 'data-col': col },
    h('label', { class: 'sr-only' }, label), control, h('p', { class: 'field-error', 'aria-live': 'polite' })));
}

/** Row numbers drive the names the server reports errors under: members[0].shimei … */
function renumberMembers(tbody) {
  [...tbody.rows].forEach((tr, i) => {
    tr.dataset.row = String(i);
    tr.querySelector('th').textContent = `${i + 1}`;
    tr.querySelectorAll('.field[data-col]').forEach((box) => {
      const col = box.dataset.col;
      const id = `f-members-${i}-${col}`;
      box.dataset.field = `members[${i}].${col}`;
      const label = MEMBER_COLS.find(([c]) => c === col)[1];
      box.querySelector('label').textContent = `${i + 1}人目の${label}`;
      box.querySelector('label').setAttribute('for', id);
      const control = box.querySelector('input, select');
      control.id = id;
      box.querySelector('.field-error').id = `${id}-error`;
      control.setAttribute('aria-describedby', `${id}-error`);
    });
    const del = tr.querySelector('button.remove');
    del.disabled = tbody.rows.length === 1;
    del.setAttribute('aria-label', `${i + 1}人目を削除`);
  });
}

function tennyuView() {
  const c = claims(currentToken()) || {};
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  let sender;
  const tbody = h('tbody', {});
  const addRow = (first) => {
    const tr = h('tr', {}, h('th', { scope: 'row', class: 'num' }),
      MEMBER_COLS.map(([col, label, req]) => memberCell(col, label, req)),
      h('td', {}, h('button', { type: 'button', class: 'secondary remove', onclick: () => { tr.remove(); renumberMembers(tbody); sender.reset(); } }, '削除')));
    if (first) tr.querySelector('[data-col=zokugara] input').value = '世帯主';
    tbody.append(tr);
    renumberMembers(tbody);
    return tr;
  };
  const form = h('form', { class: 'card', 'aria-labelledby': 'tennyu-title', novalidate: true },
    h('h1', { id: 'tennyu-title' }, '転入届（新しい世帯）'),
    h('p', { class: 'muted' }, '他の市区町村・国外から転入した世帯を記録します。宛名番号・世帯番号は自動で採番されます。日付は和暦・西暦どちらでも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '転入区分と日付'),
      h('div', { class: 'grid' },
        h('div', { class: 'field', 'data-field': 'tennyu_kubun' },
          h('label', { for: 'f-tennyu_kubun' }, '転入区分', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
          h('select', { id: 'f-tennyu_kubun', name: 'tennyu_kubun', 'aria-describedby': 'f-tennyu_kubun-error' },
            Object.entries(TENNYU_KUBUN).map(([k, v]) => h('option', { value: k }, v))),
          h('p', { id: 'f-tennyu_kubun-error', class: 'field-error', 'aria-live': 'polite' })),
        field({ name: 'idonengappi', label: '異動年月日', required: true, hint: '転入した日（例: 令和6年4月1日、2024-04-01）' }),
        field({ name: 'todokedenengappi', label: '届出年月日', value: today(), hint: '届出を受けた日' }))),
    h('fieldset', {}, h('legend', {}, '新しい住所'),
      h('div', { class: 'grid' },
        JUSHO_FIELDS.map(([n, label, hint, req]) => field({
          name: `jusho.${n}`, label, hint, required: req, value: n === 'jusho_shikuchosonkodo' ? (c.lg_code || '') : '',
        })))),
    h('fieldset', {}, h('legend', {}, '転入前住所'),
      h('div', { class: 'grid' }, field({ name: 'tennyumaejusho', label: '転入前住所', hint: '国外からの場合は国名など' }))),
    h('fieldset', { class: 'members' }, h('legend', {}, '転入する世帯員'),
      h('p', { class: 'muted' }, '一人を続柄「世帯主」としてください。続柄は一覧から選ぶか、直接入力できます（例: 子の妻）。'),
      zokugaraList('zokugara-choices'),
      h('div', { class: 'field', 'data-field': 'members' }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
      h('div', { class: 'table-scroll' }, h('table', { class: 'list member-table' },
        h('caption', { class: 'sr-only' }, '転入する世帯員'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'),
          MEMBER_COLS.map(([, label, req]) => h('th', { scope: 'col' }, label, req ? h('span', { class: 'req', 'aria-hidden': 'true' }, '必須') : null)),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, '操作')))),
        tbody)),
      h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => { sender.reset(); addRow(false).querySelector('input').focus(); } }, '世帯員を追加'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '転入を記録する')));
  addRow(true);
  sender = idoSubmitter(form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const jusho = readJusho(form);
    const members = [...tbody.rows].map((tr) => {
      const m = {};
      tr.querySelectorAll('[data-col]:is(input, select)').forEach((el) => {
        const v = el.value.trim();
        if (v) m[el.dataset.col] = v;
      });
      return m;
    });
    const req = { tennyu_kubun: form.elements.tennyu_kubun.value, idonengappi: form.elements.idonengappi.value.trim(), jusho, members };
    const todoke = form.elements.todokedenengappi.value.trim();
    if (todoke) req.todokedenengappi = todoke;
    const mae = form.elements.tennyumaejusho.value.trim();
    if (mae) req.tennyumaejusho = mae;
    const r = await sender.send('/v1/ido/tennyu', req);
    if (r) {
      const setaibango = (r.setaibango || [])[0] || '';
      result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'tennyu-success' },
        h('strong', {}, `${r.idojiyu}を記録しました`),
        h('p', {}, '世帯番号: ', h('span', { class: 'num', 'data-testid': 'new-setaibango' }, setaibango)),
        h('p', {}, `異動年月日: ${wareki(r.idonengappi)}　処理年月日: ${wareki(r.shorinengappi)}　対象: ${(r.jumin || []).length}人`),
        h('ul', { class: 'new-residents' }, (r.jumin || []).map((j, i) => h('li', {},
          h('a', { href: `#/jumin/${j.atenabango}`, 'data-atenabango': j.atenabango },
            `${members[i]?.shimei || ''}（${members[i]?.zokugara || ''}・宛名番号 ${j.atenabango}）を照会`)))),
        h('p', {}, h('a', { href: '#/tennyu', onclick: (e) => { e.preventDefault(); tennyuView(); } }, '続けて別の転入を記録する'))));
      form.hidden = true;
      result.querySelector('.success').focus();
    }
  });
  show(form, result);
  form.elements.idonengappi.focus();
}

// ---------------------------------------------------------------------------------------------
// 転出届 (and the 転出証明書 for those who left)

async function tenshutsuView(body, p) {
  const loading = h('p', { class: 'loading' }, '読み込み中…');
  body.append(loading);
  let s;
  try {
    s = await api(`/v1/setai/${encodeURIComponent(p.setaibango)}`);
  } catch (e) {
    if (!shienBanner(e)) loading.replaceWith(problemBox(e));
    else loading.remove();
    return;
  }
  const members = (s.members || []).filter((m) => !m.jumin_jotai || m.jumin_jotai === 'jumin');
  const nushi = s.setainushi_atenabango || members.find((m) => m.zokugara === '世帯主')?.atenabango;
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  let sender;
  const reorg = h('fieldset', { class: 'reorg', hidden: true }, h('legend', {}, '残る世帯員'));
  const form = h('form', { class: 'card', 'aria-labelledby': 'tenshutsu-title', novalidate: true },
    h('h2', { id: 'tenshutsu-title' }, '転出届'),
    h('p', { class: 'muted' }, '他の市区町村・国外へ転出する世帯員を選びます。転出予定日は未来の日付も入力できます。日付は和暦・西暦どちらでも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '転出する世帯員'),
      h('div', { class: 'field', 'data-field': 'atenabango' },
        members.map((m) => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'leaving', value: m.atenabango, checked: true }),
          `${m.shimei}（${m.zokugara || '続柄なし'}・宛名番号 ${m.atenabango}）`)),
        h('p', { class: 'field-error', 'aria-live': 'polite' }))),
    h('fieldset', {}, h('legend', {}, '日付と転出先'),
      h('div', { class: 'grid' },
        field({ name: 'idonengappi', label: '転出予定日', required: true, hint: '例: 令和6年4月1日、2024-04-01' }),
        field({ name: 'todokedenengappi', label: '届出年月日', value: today(), hint: '届出を受けた日' }),
        field({ name: 'tenshutsusakijusho', label: '転出先住所', required: true, hint: '例: 東京都千代田区千代田1番1号' }))),
    reorg,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '転出を記録する')));
  const leaving = () => [...form.querySelectorAll('input[name=leaving]:checked')].map((i) => i.value);
  const staying = () => members.filter((m) => !leaving().includes(m.atenabango));
  const updateReorg = () => {
    const stay = staying();
    const needed = nushi && leaving().includes(nushi) && stay.length > 0;
    reorg.hidden = !needed;
    reorg.replaceChildren(h('legend', {}, '残る世帯員（世帯主が転出するため）'));
    if (!needed) return;
    reorg.append(zokugaraList('tenshutsu-zokugara-choices'),
      h('div', { class: 'grid' },
        h('div', { class: 'field', 'data-field': 'shin_setainushi' },
          h('label', { for: 'f-shin_setainushi' }, '新しい世帯主', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
          h('select', { id: 'f-shin_setainushi', name: 'shin_setainushi', 'aria-describedby': 'f-shin_setainushi-error' },
            stay.map((m) => h('option', { value: m.atenabango }, `${m.shimei}（宛名番号 ${m.atenabango}）`))),
          h('p', { id: 'f-shin_setainushi-error', class: 'field-error', 'aria-live': 'polite' })),
        stay.map((m, j) => {
          const f = field({ name: `zokugara[${j}].zokugara`, label: `${m.shimei} の新しい続柄`, required: true, list: 'tenshutsu-zokugara-choices', hint: '新しい世帯主本人は「世帯主」' });
          f.querySelector('input').dataset.atenabango = m.atenabango;
          return f;
        })));
    const sel = reorg.querySelector('select');
    const syncNushi = () => reorg.querySelectorAll('input[data-atenabango]').forEach((i) => {
      if (i.dataset.atenabango === sel.value) i.value = '世帯主';
      else if (i.value === '世帯主') i.value = '';
    });
    sel.addEventListener('change', syncNushi);
    syncNushi();
  };
  form.addEventListener('change', (ev) => { if (ev.target.name === 'leaving') updateReorg(); });
  sender = idoSubmitter(form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const atenabango = leaving();
    const req = { atenabango, idonengappi: form.elements.idonengappi.value.trim(), tenshutsusakijusho: form.elements.tenshutsusakijusho.value.trim() };
    const todoke = form.elements.todokedenengappi.value.trim();
    if (todoke) req.todokedenengappi = todoke;
    if (!reorg.hidden) {
      req.shin_setainushi = form.elements.shin_setainushi.value;
      req.zokugara = [...reorg.querySelectorAll('input[data-atenabango]')].map((i) => ({ atenabango: i.dataset.atenabango, zokugara: i.value.trim() }));
    }
    const r = await sender.send('/v1/ido/tenshutsu', req);
    if (r) {
      const names = members.filter((m) => atenabango.includes(m.atenabango)).map((m) => m.shimei).join('、');
      const issue = h('button', { type: 'button', class: 'primary', onclick: () => issueTenshutsuShomeisho(atenabango, issue, certResult) }, '転出証明書を発行');
      const certResult = h('div', { 'aria-live': 'polite' });
      result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'tenshutsu-success' },
        h('strong', {}, `${r.idojiyu}を記録しました`),
        h('p', {}, `異動事由: ${r.idojiyu}　転出予定日: ${wareki(r.idonengappi)}　処理年月日: ${wareki(r.shorinengappi)}　対象: ${names}（${(r.jumin || []).length}人）`),
        h('p', { class: 'actions' }, issue, ' ', h('a', { href: `#/jumin/${p.atenabango}` }, '照会画面で確認する')),
        certResult));
      form.hidden = true;
      result.querySelector('.success').focus();
    }
  });
  loading.replaceWith(form, result);
  updateReorg();
  form.elements.idonengappi.focus();
}

async function issueTenshutsuShomeisho(atenabango, button, out) {
  out.replaceChildren();
  button.disabled = true;
  try {
    const r = await api('/v1/shomei/tenshutsu-shomeisho', { method: 'POST', body: { atenabango }, raw: true, headers: { Accept: 'application/pdf, application/problem+json' } });
    const hakko = r.headers.get('X-Hakko-Bango') || '';
    const saikofu = (r.headers.get('X-Saikofu') || '').toLowerCase() === 'true';
    const url = URL.createObjectURL(await r.blob());
    const fileName = `転出証明書_${hakko || 'hakko'}${saikofu ? '_再交付' : ''}.pdf`;
    const a = h('a', { href: url, download: fileName }, `${fileName} を保存`);
    out.replaceChildren(h('div', { class: 'success', role: 'status', 'data-testid': 'tenshutsu-shomeisho-success' },
      h('strong', {}, saikofu ? '転出証明書を再交付しました' : '転出証明書を発行しました', saikofu ? h('span', { class: 'badge badge-saikofu', 'data-testid': 'saikofu' }, '再交付') : null),
      h('p', {}, `発行番号: ${hakko}`),
      h('p', {}, a, '（ダウンロードが始まらない場合はこのリンクから保存してください）')));
    a.click();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      shienBanner(e);
      out.replaceChildren(e instanceof ApiError ? problemBox(e) : h('div', { class: 'alert', role: 'alert' }, h('strong', {}, 'エラー'), h('p', {}, e.message)));
    }
  } finally {
    button.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Routing

function route() {
  banner.hidden = true;
  if (!currentToken()) {
    renderSession();
    loginView();
    return;
  }
  renderSession();
  nav.querySelectorAll('a').forEach((a) => {
    if (a.getAttribute('href') === (location.hash === '#/tennyu' ? '#/tennyu' : '#/')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const m = /^#\/jumin\/(\d{1,15})(?:\/(tenkyo|tenshutsu|juminhyo))?$/.exec(location.hash);
  if (m) juminView(m[1], m[2]);
  else if (location.hash === '#/tennyu') tennyuView();
  else searchView();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function start() {
  try {
    config = await (await fetch('config.json', { cache: 'no-store' })).json();
    await completeLogin();
  } catch (e) {
    renderSession();
    show(h('div', { class: 'alert', role: 'alert' }, h('strong', {}, 'ログインできませんでした'), h('p', {}, e.message)),
      h('p', {}, h('button', { type: 'button', class: 'primary', onclick: () => login() }, 'もう一度ログイン')));
    return;
  }
  window.addEventListener('hashchange', route);
  route();
}

start();
