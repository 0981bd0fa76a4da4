// An annual job's screen on the platform's partitioned jobs (国保の本算定, 介護保険料の年次賦課, 軽自動車税の当初賦課):
// the form starts the job for a 年度, the card shows its progress (read again every 2 seconds while it runs, the job's
// address kept in the URL so a reload shows it again), and once it is done the targets it could not assess are listed
// with their reasons for the clerk (GET …/{job_id}/errors). The contracts give these starts no Idempotency-Key: the
// service refuses a second job of the 年度 while one runs, shown as the message.

import { h } from './dom.js';
import { clearErrors, showProblem } from './forms.js';
import { isUnauthenticated } from './problem.js';
import { shienProblemBox } from './shien.js';
import { formatCount, formatEta, isDone, progressPercent, statusLabel } from '../zeimu/ikkatsu.js';
import { trackJob } from '../zeimu/job-track.js';
import { jst } from '../zeimu/kotei-tosho.js';

/** The 年度 a clerk most likely runs now: the fiscal year of today (April to March). */
export function currentNendo(today = new Date()) {
  return today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
}

/** 令和N年度 of a 西暦 年度 from 2019 on, else the year as it is. */
export const nendoWareki = (n) => (n >= 2019 ? `令和${n - 2018 === 1 ? '元' : n - 2018}年度` : `${n}年度`);

/** 処理速度 in the job's unit: 12.5 世帯/秒, 1,234 人/秒; '—' before there is one. */
export function formatJobRate(rate, unit) {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0) return '—';
  return rate < 100 ? `${rate.toFixed(1)} ${unit}/秒` : `${formatCount(Math.round(rate))} ${unit}/秒`;
}

/**
 * @param spec { service, path (the contract's start path), route (#/…), title, lead, unit (世帯 | 人), counts
 *   [[key, label]], keyName (setaibango | atenabango), keyLabel, errorsNote }
 */
export function jobView(ctx, { jobId } = {}, spec) {
  const client = ctx.clients[spec.service];
  const progressBox = h('div', { class: 'result', 'aria-live': 'polite' });
  const errorsBox = h('div', { class: 'result' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'job-title', novalidate: true },
    h('h1', { id: 'job-title' }, spec.title),
    h('p', { class: 'muted' }, spec.lead),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, h('label', { class: 'field' }, h('span', { class: 'label' }, '年度（西暦）'),
      h('input', { name: 'nendo', type: 'number', min: 2021, max: 2999, required: true, value: String(currentNendo()) }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `${spec.title}を開始する`)));
  const track = (first) => {
    errorsBox.replaceChildren();
    let listed = false;
    trackJob(ctx, progressBox, first, {
      service: spec.service,
      path: spec.path,
      card: (p, note) => {
        if (isDone(p) && p.errors && !listed) {
          listed = true;
          listErrors(client, errorsBox, p, spec);
        }
        return progressCard(p, note, spec);
      },
    });
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await client.post(spec.path, { nendo: Number(form.elements.nendo.value) });
      history.replaceState(null, '', `${spec.route}/${r.job_id}`);
      track(r);
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, progressBox, errorsBox);
  if (jobId) {
    progressBox.replaceChildren(h('p', { class: 'loading' }, '読み込み中…'));
    client.get(`${spec.path}/${encodeURIComponent(jobId)}`).then(track,
      (e) => { if (!isUnauthenticated(e)) progressBox.replaceChildren(shienProblemBox(e)); });
  } else {
    form.elements.nendo.focus();
  }
}

export function progressCard(p, note, spec) {
  const pct = progressPercent(p);
  const done = isDone(p);
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${pct}%`;
  return h('section', { class: `card tosho-progress${done ? ' done' : ''}`, 'aria-labelledby': 'job-progress-title', 'data-testid': 'job-progress', 'data-status': p.status },
    h('h2', { id: 'job-progress-title' }, `${nendoWareki(p.nendo)}の${spec.title}　`,
      h('span', { class: `badge tosho-${p.status}`, 'data-testid': 'job-status' }, statusLabel(p.status))),
    h('p', { class: 'muted' }, `ジョブID ${p.job_id}　開始 ${jst(p.created_at)}`, p.finished_at ? `　終了 ${jst(p.finished_at)}` : ''),
    h('div', { class: 'progress-line' },
      h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': '進捗' }, fill),
      h('strong', { class: 'progress-count', 'data-testid': 'job-processed' }, `${formatCount(p.processed)} / ${formatCount(p.total)} ${spec.unit}`),
      h('span', { class: 'progress-pct' }, `${pct}%`)),
    h('dl', { class: 'stats tosho-counts' },
      spec.counts.map(([k, label]) => h('div', { class: `stat${k === 'errors' && p.errors ? ' stat-error' : ''}` },
        h('dt', { class: 'stat-label' }, label), h('dd', { class: 'stat-value', 'data-testid': `job-${k}` }, formatCount(p[k])))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '速度'), h('dd', { class: 'stat-value' }, formatJobRate(p.rate_per_second, spec.unit))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '残り時間'), h('dd', { class: 'stat-value' }, formatEta(p.eta_seconds, p.status)))),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    !done ? h('p', { class: 'muted' }, '2秒ごとに更新しています。この画面を離れても処理は続きます。') : null,
    (p.partition_detail || []).length
      ? h('details', { class: 'fold' }, h('summary', {}, `分割ごとの状況（${p.partition_detail.length}）`),
        h('table', { class: 'list partitions' },
          h('thead', {}, h('tr', {}, ['分割', '処理済み', '賦課', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, p.partition_detail.map((d) => h('tr', {}, h('td', { class: 'num' }, d.partition_no),
            h('td', { class: 'yen' }, formatCount(d.processed)), h('td', { class: 'yen' }, formatCount(d.assessed)), h('td', {}, d.done ? '完了' : '処理中'))))))
      : null);
}

async function listErrors(client, box, p, spec) {
  box.replaceChildren(h('p', { class: 'loading' }, '賦課できなかった対象を読み込み中…'));
  try {
    const r = await client.get(`${spec.path}/${encodeURIComponent(p.job_id)}/errors?limit=1000`);
    box.replaceChildren(h('section', { class: 'card', 'aria-labelledby': 'job-errors-title', 'data-testid': 'job-error-list' },
      h('h2', { id: 'job-errors-title' }, `賦課できなかった対象（${formatCount(p.errors)}）`),
      h('p', { class: 'muted' }, spec.errorsNote),
      h('table', { class: 'list' },
        h('thead', {}, h('tr', {}, [spec.keyLabel, '理由', '説明'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, r.items.map((e) => h('tr', {}, h('td', { class: 'num' }, e[spec.keyName]), h('td', {}, e.rule), h('td', {}, e.message))))),
      p.errors > r.items.length ? h('p', { class: 'notice' }, `ほか ${formatCount(p.errors - r.items.length)} 件`) : null));
  } catch (e) {
    if (!isUnauthenticated(e)) box.replaceChildren(h('p', { class: 'notice' }, `一覧を読めませんでした（${e.title || e.message}）`));
  }
}
