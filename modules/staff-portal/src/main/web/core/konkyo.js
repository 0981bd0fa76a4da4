// Shared by the departments whose engines explain themselves with the platform's SanteiKonkyo (税務課, 保険年金課).
// 算定根拠: the service's explanation, one line per step in the order it computed (SanteiKonkyoStep),
// as a list a clerk can read out to a citizen. A step that used a parameter whose value is not
// confirmed from a source says so next to it, so nobody mistakes an inferred figure for the law's.

import { h } from './dom.js';

/** The status of a parameter (confirmed / inferred / unconfirmed) in Japanese; null when confirmed. */
export function statusLabel(status) {
  if (!status || status === 'confirmed') return null;
  return { inferred: '推定', unconfirmed: '未確認' }[status] || status;
}

const STATUS_JA = { confirmed: '確認済', inferred: '推定', unconfirmed: '未確認' };

/**
 * The step's setsumei as the service wrote it, but for the status word it ends each parameter with
 * (`[… 令和8年度; confirmed]`), which is put in Japanese: the clerk reads the line out to a citizen.
 */
export function setsumeiJa(text) {
  return String(text || '').replace(/; (confirmed|inferred|unconfirmed)\]/g, (_, s) => `; ${STATUS_JA[s]}]`);
}

/** The parameters of a step that are not confirmed. */
export function unconfirmedParameters(step) {
  return (step.parameters || []).filter((p) => statusLabel(p.status));
}

function stepItem(step) {
  const open = unconfirmedParameters(step);
  return h('li', { class: 'konkyo-step', 'data-rule': step.rule_id || null },
    h('span', { class: 'setsumei' }, setsumeiJa(step.setsumei || step.name_ja)),
    open.length ? h('ul', { class: 'param-status' }, open.map((p) => h('li', {},
      h('span', { class: `badge status-${p.status}` }, statusLabel(p.status)), ' ',
      `${p.name_ja || p.id}（${[p.level, p.nendo].filter(Boolean).join('・')}）`,
      // the parameter files' notes say what is not confirmed, for whoever maintains the parameters: folded
      p.note ? h('details', { class: 'param-note' }, h('summary', {}, '確認できていない点'), h('p', {}, p.note)) : null))) : null);
}

/** The steps as a folding list; `open` unfolds it (試算), closed in the history (one per version). */
export function konkyoList(steps, { open = false, title = '算定根拠' } = {}) {
  const list = steps || [];
  const unconfirmed = list.filter((s) => unconfirmedParameters(s).length).length;
  return h('details', { class: 'konkyo', open, 'data-testid': 'santei-konkyo' },
    h('summary', {}, `${title}（${list.length}項目`, unconfirmed ? `、うち未確認・推定のパラメータを用いた項目 ${unconfirmed}` : '', '）'),
    h('ol', {}, list.map(stepItem)));
}
