// 固定資産税・都市計画税の当初賦課 (POST /v1/koteishisanzei/tosho-fuka, GET …/{job_id}): every taxpayer (sole owner or
// group of co-owners) of the register on the 賦課期日, assessed by the service's workers. As zeimu/tosho.js: the screen
// starts the job and reads its progress again every 2 seconds until it is done; the job's address
// (#/zeimu/kotei/tosho-fuka/<id>) keeps showing it after a reload. The contract gives this command no Idempotency-Key:
// the service itself refuses a second job of the 年度 while one runs, shown as the message.

import { h } from '../core/dom.js';
import { clearErrors, showProblem } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { shienProblemBox } from '../core/shien.js';
import { nendoSelect } from './daicho.js';
import { defaultNendo, nendoLabel } from './format.js';
import { formatCount, formatEta, formatRate, isDone, progressPercent, statusLabel } from './ikkatsu.js';
import { trackJob } from './job-track.js';

const PATH = '/v1/koteishisanzei/tosho-fuka';
export const KOTEI_TOSHO_COUNTS = [['assessed', '賦課'], ['skipped', '賦課済み'], ['errors', 'エラー']];

export function koteiToshoView(ctx, { jobId } = {}) {
  const progressBox = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'kotei-tosho-title', novalidate: true },
    h('h1', { id: 'kotei-tosho-title' }, '固定資産税・都市計画税の当初賦課'),
    h('p', { class: 'muted' }, '賦課期日（1月1日）の固定資産課税台帳の納税義務者（単独所有者・共有者の組）全員を賦課します。既に賦課済みの納税義務者は賦課しません。処理は分割してワーカーが分担します。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, nendoSelect('kotei', defaultNendo())),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '当初賦課を開始する')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.zeimu.post(PATH, { nendo: Number(form.elements.nendo.value) });
      history.replaceState(null, '', `#/zeimu/kotei/tosho-fuka/${r.job_id}`);
      track(ctx, progressBox, r);
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, progressBox);
  if (jobId) load(ctx, progressBox, jobId);
  else form.elements.nendo.focus();
}

async function load(ctx, box, jobId) {
  box.replaceChildren(h('p', { class: 'loading' }, '読み込み中…'));
  try {
    track(ctx, box, await ctx.clients.zeimu.get(`${PATH}/${encodeURIComponent(jobId)}`));
  } catch (e) {
    if (!isUnauthenticated(e)) box.replaceChildren(shienProblemBox(e));
  }
}

function track(ctx, box, first) {
  trackJob(ctx, box, first, { path: PATH, card: koteiProgressCard });
}

export function koteiProgressCard(p, note) {
  const pct = progressPercent(p);
  const done = isDone(p);
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${pct}%`;
  return h('section', { class: `card tosho-progress${done ? ' done' : ''}`, 'aria-labelledby': 'kotei-progress-title', 'data-testid': 'tosho-progress', 'data-status': p.status },
    h('h2', { id: 'kotei-progress-title' }, `${nendoLabel(p.nendo)}の固定資産税・都市計画税の当初賦課　`,
      h('span', { class: `badge tosho-${p.status}`, 'data-testid': 'tosho-status' }, statusLabel(p.status))),
    h('p', { class: 'muted' }, `ジョブID ${p.job_id}　開始 ${jst(p.created_at)}`, p.finished_at ? `　終了 ${jst(p.finished_at)}` : ''),
    h('div', { class: 'progress-line' },
      h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': '進捗' }, fill),
      h('strong', { class: 'progress-count', 'data-testid': 'tosho-processed' }, `${formatCount(p.processed)} / ${formatCount(p.total)} 納税義務者`),
      h('span', { class: 'progress-pct' }, `${pct}%`)),
    h('dl', { class: 'stats tosho-counts' },
      KOTEI_TOSHO_COUNTS.map(([k, label]) => h('div', { class: `stat${k === 'errors' && p.errors ? ' stat-error' : ''}` },
        h('dt', { class: 'stat-label' }, label), h('dd', { class: 'stat-value', 'data-testid': `tosho-${k}` }, formatCount(p[k])))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '速度'), h('dd', { class: 'stat-value', 'data-testid': 'tosho-rate' }, formatRate(p.rate_per_second))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '残り時間'), h('dd', { class: 'stat-value', 'data-testid': 'tosho-eta' }, formatEta(p.eta_seconds, p.status)))),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    !done ? h('p', { class: 'muted' }, '2秒ごとに更新しています。この画面を離れても処理は続きます。') : null,
    p.errors ? h('p', { class: 'notice' }, `${formatCount(p.errors)} 件は賦課できませんでした（台帳の誤り）。台帳を確かめ、個別に賦課してください。`) : null,
    (p.partition_detail || []).length
      ? h('details', { class: 'fold' }, h('summary', {}, `分割ごとの状況（${p.partition_detail.length}）`),
        h('table', { class: 'list partitions' },
          h('thead', {}, h('tr', {}, ['分割', '処理済み', '賦課', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, p.partition_detail.map((d) => h('tr', {}, h('td', { class: 'num' }, d.partition_no),
            h('td', { class: 'yen' }, formatCount(d.processed)), h('td', { class: 'yen' }, formatCount(d.assessed)), h('td', {}, d.done ? '完了' : '処理中'))))))
      : null);
}

/** An instant in Japan time: 2026-01-05T01:02:03Z → 2026-01-05 10:02:03. */
export function jst(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' }).format(d);
}
