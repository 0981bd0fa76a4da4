// 当初賦課 (POST /v1/kojin-juminzei/tosho-fuka, GET …/{job_id}): the 年度's assessment of everyone who lived
// here on the 賦課期日, done by the service's workers in 分割 (partitions). The screen starts the job and shows
// its progress, read again every 2 seconds until it is done; the job's address (#/zeimu/tosho-fuka/<id>)
// keeps showing it after a reload. The contract gives this command no Idempotency-Key: the service itself
// refuses a second job of the 年度 while one runs (422 job-running), shown as the message.

import { h } from '../core/dom.js';
import { clearErrors, showProblem } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { shienProblemBox } from '../core/shien.js';
import { selectField, textField } from './controls.js';
import { dateCell, defaultNendo, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { formatCount, formatEta, formatRate, isDone, progressPercent, statusLabel, TOSHO_COUNTS } from './ikkatsu.js';
import { trackJob } from './job-track.js';

export { POLL_MS } from './job-track.js';

export function toshoView(ctx, { jobId } = {}) {
  const progressBox = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'tosho-title', novalidate: true },
    h('h1', { id: 'tosho-title' }, '当初賦課'),
    h('p', { class: 'muted' }, '賦課期日（1月1日）にこの団体の住民だった納税義務者全員を、申告（なければ給与支払報告書）から賦課します。既に賦課済みの人は賦課しません。処理は分割してワーカーが分担します。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      selectField('nendo', '年度', NENDO_CHOICES.map(nendoOption), { value: defaultNendo(), required: true }),
      textField('partitions', '分割数', { value: '4', inputmode: 'numeric', hint: '1〜64（ワーカーが分担する単位。省略時 4）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '当初賦課を開始する')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const req = { nendo: Number(form.elements.nendo.value) };
    const partitions = form.elements.partitions.value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0));
    if (partitions) {
      if (!/^\d{1,2}$/.test(partitions) || Number(partitions) < 1 || Number(partitions) > 64) {
        const b = form.querySelector('[data-field="partitions"]');
        b.querySelector('.field-error').textContent = '分割数は 1〜64 の数字で入力してください';
        form.elements.partitions.setAttribute('aria-invalid', 'true');
        form.elements.partitions.focus();
        return;
      }
      req.partitions = Number(partitions);
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.zeimu.post('/v1/kojin-juminzei/tosho-fuka', req);
      // the job's own address: a reload or a bookmark shows the same progress
      history.replaceState(null, '', `#/zeimu/tosho-fuka/${r.job_id}`);
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
    track(ctx, box, await ctx.clients.zeimu.get(`/v1/kojin-juminzei/tosho-fuka/${encodeURIComponent(jobId)}`));
  } catch (e) {
    if (!isUnauthenticated(e)) box.replaceChildren(shienProblemBox(e));
  }
}

function track(ctx, box, first) {
  trackJob(ctx, box, first, { path: '/v1/kojin-juminzei/tosho-fuka', card: progressCard });
}

export function progressCard(p, note) {
  const pct = progressPercent(p);
  const done = isDone(p);
  return h('section', { class: `card tosho-progress${done ? ' done' : ''}`, 'aria-labelledby': 'tosho-progress-title', 'data-testid': 'tosho-progress', 'data-status': p.status },
    h('h2', { id: 'tosho-progress-title' }, `${nendoLabel(p.nendo)}の当初賦課　`,
      h('span', { class: `badge tosho-${p.status}`, 'data-testid': 'tosho-status' }, statusLabel(p.status))),
    h('p', { class: 'muted' }, `ジョブID ${p.job_id}　分割数 ${p.partitions}　開始 `, dateTime(p.created_at),
      p.finished_at ? ['　終了 ', dateTime(p.finished_at)] : null),
    h('div', { class: 'progress-line' },
      h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': '進捗' },
        barFill(pct)),
      h('strong', { class: 'progress-count', 'data-testid': 'tosho-processed' }, `${formatCount(p.processed)} / ${formatCount(p.total)} 人`),
      h('span', { class: 'progress-pct' }, `${pct}%`)),
    h('dl', { class: 'stats tosho-counts' },
      TOSHO_COUNTS.map(([k, label]) => h('div', { class: `stat${k === 'errors' && p.errors ? ' stat-error' : ''}` },
        h('dt', { class: 'stat-label' }, label), h('dd', { class: 'stat-value', 'data-testid': `tosho-${k}` }, formatCount(p[k])))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '速度'), h('dd', { class: 'stat-value', 'data-testid': 'tosho-rate' }, formatRate(p.rate_per_second))),
      h('div', { class: 'stat' }, h('dt', { class: 'stat-label' }, '残り時間'), h('dd', { class: 'stat-value', 'data-testid': 'tosho-eta' }, formatEta(p.eta_seconds, p.status)))),
    note ? h('p', { class: 'notice', role: 'status' }, note) : null,
    !done ? h('p', { class: 'muted' }, '2秒ごとに更新しています。この画面を離れても処理は続きます。') : null,
    p.errors ? h('p', { class: 'notice' }, `${formatCount(p.errors)} 人は賦課できませんでした（課税資料の誤り）。理由は処理の記録を確認し、個別に賦課してください。`) : null,
    (p.partition_detail || []).length
      ? h('details', { class: 'fold' }, h('summary', {}, `分割ごとの状況（${p.partition_detail.length}）`),
        h('table', { class: 'list partitions' },
          h('thead', {}, h('tr', {}, ['分割', '処理済み', '賦課', '状態', 'ワーカー'].map((t, i) => h('th', { scope: 'col', class: i === 1 || i === 2 ? 'yen' : null }, t)))),
          h('tbody', {}, p.partition_detail.map((d) => h('tr', {},
            h('td', { class: 'num' }, d.partition_no), h('td', { class: 'yen' }, formatCount(d.processed)), h('td', { class: 'yen' }, formatCount(d.assessed)),
            h('td', {}, d.done ? '完了' : d.worker ? '処理中' : '待機中'), h('td', {}, d.worker || '—'))))))
      : null);
}

/** The filled part of the bar (set through the CSSOM: no inline style attribute for the CSP to refuse). */
function barFill(pct) {
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${pct}%`;
  return fill;
}

function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const ymd = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const hm = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d);
  return h('span', {}, dateCell(ymd), ` ${hm}`);
}
