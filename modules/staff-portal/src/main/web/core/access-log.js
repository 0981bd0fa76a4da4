// The access log screen every department with an auditor role shows (GET /v1/access-log, GET /v1/access-log/verification:
// the same operations in each service's contract): who looked up whose records, when and from where; and whether the
// log's hash chain is intact (改ざん検知). Each department gives its service, its words and its date format.

import { h } from './dom.js';
import { clearErrors, field, showProblem } from './forms.js';
import { isUnauthenticated } from './problem.js';

const ACTION = { shokai: '照会', kensaku: '検索', hakko: '発行', renkei: '連携', rireki: '履歴照会' };

/** shokai → 照会, shokai-kyohi → 照会（拒否）. */
export function actionLabel(a) {
  const m = /^(.*)-kyohi$/.exec(a || '');
  return m ? `${ACTION[m[1]] || m[1]}（拒否）` : ACTION[a] || a || '';
}

/** The hash chain's verification in words: intact, or where it broke. */
export function verificationBox(v) {
  return h('div', { class: v.intact ? 'success' : 'alert', role: 'status', 'data-testid': 'log-verification' },
    h('strong', {}, v.intact ? 'アクセスログは改ざんされていません' : 'アクセスログの改ざんを検知しました'),
    h('p', {}, `検証したログ ${v.entries_checked}件${v.chains_checked !== undefined ? `（連鎖 ${v.chains_checked}）` : ''}`),
    v.intact ? null : h('p', {}, `連鎖 ${v.broken_chain ?? '不明'} の連番 ${v.first_broken_seq ?? '不明'} から: ${v.reason || ''}`));
}

/**
 * @param {object} ctx the view's context
 * @param {{ service: string, lead: string, targetLabel: string, nichiji: (iso: string) => string,
 *           normalize: (text: string) => string }} o
 *   service: the client's name (kokuho, kaigo); nichiji: a date-time in the department's words; normalize: a typed number
 */
export function accessLogScreen(ctx, { service, lead, targetLabel, nichiji, normalize }) {
  const client = ctx.clients[service];
  const form = h('form', { class: 'card search', role: 'search', 'aria-labelledby': 'log-title', novalidate: true },
    h('h1', { id: 'log-title' }, 'アクセスログ'),
    h('p', { class: 'muted' }, lead),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, field({ name: 'target_id', label: targetLabel, inputmode: 'numeric' }),
      field({ name: 'actor', label: '職員' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '検索'),
      h('button', { type: 'button', class: 'secondary', onclick: () => verify() }, 'ハッシュ連鎖を検証')));
  const out = h('section', { class: 'card', 'aria-live': 'polite', hidden: true, 'data-testid': 'log-kekka' });
  async function verify() {
    try {
      const v = await client.get('/v1/access-log/verification');
      out.hidden = false;
      out.replaceChildren(verificationBox(v));
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    }
  }
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const q = new URLSearchParams();
    const t = normalize(form.elements.target_id.value);
    if (t) q.set('target_id', t);
    if (form.elements.actor.value.trim()) q.set('actor', form.elements.actor.value.trim());
    q.set('limit', '200');
    let r;
    try {
      r = await client.get(`/v1/access-log?${q}`);
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
      return;
    }
    out.hidden = false;
    const items = r.items || [];
    out.replaceChildren(h('h2', {}, `${items.length}件`), items.length
      ? h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'log-list' },
        h('thead', {}, h('tr', {}, ['番号', '日時', '職員', '操作', '対象', '接続元', '詳細'].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, items.map((e) => h('tr', {},
          h('td', { class: 'num' }, e.seq), h('td', {}, nichiji(e.occurred_at)), h('td', {}, e.actor),
          h('td', {}, actionLabel(e.action)),
          h('td', {}, e.target_id || (e.targets || []).map((x) => x.id).join('、')),
          h('td', {}, e.client_address || ''), h('td', {}, e.detail || ''))))))
      : h('p', { class: 'empty' }, '該当するログはありません。'));
  });
  ctx.show(form, out);
  form.elements.target_id.focus();
}
