// 要介護認定 of a person (GET /v1/kaigo/nintei/{atenabango}): the 認定 in force on the 業務日付, then every 申請, latest first,
// with its 30-day deadline (how many days are left, or how far past it), the steps and their dates, the decision and its
// 有効期間; for the clerk the forms to take a new 申請 and to record the next step (nintei-forms.js). After a command the
// tab is read again, so what is shown is what the service now holds.

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { shinseiForm, tetsuzukiForm } from './nintei-forms.js';
import { jotaiBadge, ketteiBox, kigenBox, stepsTrack, tetsuzukiTable, yukoBox } from './nintei-parts.js';

export async function ninteiView(ctx, body, p, { clerk, flash } = {}) {
  const box = h('div', { class: 'nintei', 'aria-live': 'polite' }, h('p', { class: 'loading' }, '読み込み中…'));
  body.replaceChildren(box);
  let r;
  try {
    r = await ctx.clients.kaigo.get(`/v1/kaigo/nintei/${encodeURIComponent(p.atenabango)}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    box.replaceChildren(shienProblemBox(e));
    return;
  }
  const again = (message) => ninteiView(ctx, body, p, { clerk, flash: message });
  const items = [...(r.items || [])].reverse();
  const pending = items.some((s) => !s.kettei);
  box.replaceChildren(...nodes([
    flash ? h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'nintei-flash' }, h('strong', {}, flash)) : null,
    yukoBox(r.yuko_nintei),
    clerk && !pending ? shinseiForm(ctx, { atenabango: p.atenabango, dai2go: !p.hihokensha,
      onDone: (s) => again(`${s.shinsei_kubun_mei || contractLabel('shinsei_kubun', s.shinsei_kubun)}を受け付けました（申請番号 ${s.shinsei_id}）`) }) : null,
    h('section', { class: 'card', 'aria-labelledby': 'shinsei-list-title' },
      h('h2', { id: 'shinsei-list-title' }, `認定の申請と手続（${items.length}件）`),
      items.length ? null : h('p', { class: 'empty', 'data-testid': 'shinsei-empty' }, '認定の申請はありません。'),
      pending && clerk ? h('p', { class: 'muted' }, '決定していない申請があるため、新しい申請は決定の後に受け付けます。') : null,
      items.map((s) => shinseiCard(ctx, s, { clerk, onDone: (x, b) => again(`${contractLabel('tetsuzuki', b.shubetsu)}を記録しました（申請番号 ${x.shinsei_id}）`) })))]));
  box.querySelector('[data-testid="nintei-flash"]')?.focus();
}

/** One application (pure but for the step form of the clerk). */
export function shinseiCard(ctx, s, { clerk = false, onDone = () => {} } = {}) {
  return h('article', { class: `shinsei${s.chien && !s.kettei ? ' chien' : ''}`, 'data-shinsei-id': s.shinsei_id, 'aria-labelledby': `shinsei-${s.shinsei_id}` },
    h('h3', { id: `shinsei-${s.shinsei_id}` }, `申請番号 ${s.shinsei_id}　${s.shinsei_kubun_mei || contractLabel('shinsei_kubun', s.shinsei_kubun)}　`, jotaiBadge(s)),
    stepsTrack(s),
    kigenBox(s),
    ketteiBox(s.nintei),
    h('h4', {}, '手続の記録'),
    tetsuzukiTable(s.tetsuzuki || []),
    clerk && !s.kettei && ctx ? tetsuzukiForm(ctx, s, { onDone }) : null);
}
