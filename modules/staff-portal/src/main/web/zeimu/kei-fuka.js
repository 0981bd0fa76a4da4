// 軽自動車税（種別割）の賦課と賦課履歴 (POST /v1/keijidoshazei/fuka, GET …/fuka/{atenabango}?nendo=) and the
// 納税通知書 (POST …/nozei-tsuchisho, PDF): the owner's vehicles on 4月1日, one tax per vehicle, kept as a new version.
// As zeimu/fuka.js: a later 賦課 without a reason is answered 422 kosei-riyu; the screen asks for the 更正の理由.

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, valueOf } from '../core/forms.js';
import { issuePdf } from '../core/pdf.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { formProblem, shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { loadInto, nendoChoices, pdfResult } from './daicho.js';
import { formatSagaku, formatYen, nendoLabel, wareki, yenCell } from './format.js';
import { isKoseiRiyuRequired } from './fuka.js';
import { zeigakuView } from './kei-shisan.js';

/** #/zeimu/kei/fuka/<宛名番号>/<年度>: the 賦課 form, then the history of the 年度 with the notices. */
export function keiFukaView(ctx, { atenabango, nendo: nendoText }) {
  const nendo = Number(nendoText);
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const riyuBox = h('div', { class: 'kosei-riyu', hidden: true },
    h('p', { class: 'notice', role: 'status' }, `${nendoLabel(nendo)}は賦課済みです。4月1日の所有車両で計算し直し、更正として記録します。更正の理由を入力してください。`),
    field({ name: 'riyu', label: '更正の理由', required: true, multiline: true, hint: '例: 廃車申告の遅れによる（200文字以内）' }));
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const select = h('select', { id: 'f-kei-nendo', onchange: (ev) => { location.hash = link('zeimu', 'kei', 'fuka', atenabango, ev.target.value); } },
    nendoChoices('kei', nendo).map(([v, l]) => h('option', { value: v, selected: Number(v) === nendo }, l)));
  const form = h('form', { class: 'card', 'aria-labelledby': 'kei-fuka-title', novalidate: true },
    h('h1', { id: 'kei-fuka-title' }, `軽自動車税（種別割）の賦課（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, `宛名番号 ${atenabango} が賦課期日（${wareki(`${nendo}-04-01`)}）に所有する車両ごとに税額を計算し、算定根拠とともに記録します。2回目以降は更正になります。`),
    h('div', { class: 'nendo-switch' }, h('label', { for: 'f-kei-nendo' }, '年度'), select),
    h('div', { class: 'form-top', tabindex: '-1' }),
    riyuBox,
    h('div', { class: 'actions' }, submit, h('a', { href: link('zeimu', 'kei', 'shoyu', atenabango, `${nendo}-04-01`) }, '所有車両を見る')));
  const rireki = h('section', { class: 'card', 'aria-labelledby': 'kei-rireki-title' }, h('h2', { id: 'kei-rireki-title' }, `賦課履歴（${nendoLabel(nendo)}）`));
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, {
    onProblem: (f, e, o) => {
      if (isKoseiRiyuRequired(e)) {
        riyuBox.hidden = false;
        submit.textContent = '更正する';
      }
      showProblem(f, e, o);
    },
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const req = { atenabango, nendo };
    const riyu = riyuBox.hidden ? undefined : valueOf(form, 'riyu');
    if (riyu) req.riyu = riyu;
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/keijidoshazei/fuka', req));
    if (!r) return;
    riyuBox.hidden = true;
    submit.textContent = '賦課する';
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'kei-fuka-success' },
      h('strong', {}, `${contractLabel('fuka_kubun', r.kubun)}を記録しました（第${r.version}版）`),
      h('p', {}, `年税額 `, h('span', { 'data-testid': 'kei-nenzeigaku' }, formatYen(r.nenzeigaku)), `（車両 ${r.sharyo.length} 台）`,
        r.kubun === 'kosei' ? `　前の版から ${formatSagaku(r.sagaku)}` : '')));
    result.querySelector('.success').focus();
    rireki.replaceChildren(rireki.firstChild);
    loadRireki(ctx, rireki, atenabango, nendo);
  });
  ctx.show(form, result, rireki);
  loadRireki(ctx, rireki, atenabango, nendo);
  submit.focus();
}

async function loadRireki(ctx, box, atenabango, nendo) {
  const r = await loadInto(ctx, box, `/v1/keijidoshazei/fuka/${encodeURIComponent(atenabango)}?nendo=${nendo}`,
    { onMissing: () => h('p', { class: 'empty', 'data-testid': 'kei-rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`) });
  if (!r) return;
  const versions = r.versions || [];
  if (!versions.length) {
    box.append(h('p', { class: 'empty', 'data-testid': 'kei-rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`));
    return;
  }
  box.append(h('table', { class: 'list', 'data-testid': 'kei-rireki-summary' },
    h('thead', {}, h('tr', {}, ['版', '区分', '処理年月日', '台数', '年税額', '前の版との差', '更正の理由', '納税通知書']
      .map((t, i) => h('th', { scope: 'col', class: i === 4 || i === 5 ? 'yen' : null }, t)))),
    h('tbody', {}, versions.map((v) => h('tr', { 'data-version': v.version },
      h('td', { class: 'num' }, `第${v.version}版`),
      h('td', {}, h('span', { class: `badge fuka-${v.kubun}` }, contractLabel('fuka_kubun', v.kubun))),
      h('td', {}, wareki(v.shorinengappi)), h('td', { class: 'num' }, `${v.sharyo.length}台`),
      yenCell(v.nenzeigaku, { 'data-testid': `kei-nenzeigaku-v${v.version}` }),
      h('td', { class: 'yen' }, v.kubun === 'kosei' ? formatSagaku(v.sagaku) : '—'),
      h('td', {}, v.riyu || ''), h('td', {}, nozeiButton(ctx, atenabango, nendo, v.version)))))));
  const latest = versions.at(-1);
  box.append(h('h3', {}, `第${latest.version}版の車両ごとの税額`),
    ...latest.sharyo.map((s) => h('article', { class: 'card version', 'data-sharyo': s.sharyo_id },
      h('h4', {}, h('a', { href: link('zeimu', 'kei', 'sharyo', s.sharyo_id) }, s.hyoshiki_bango), `　履歴番号 ${s.rirekibango}`,
        s.genmen_id ? h('span', { class: 'badge' }, '減免') : null),
      zeigakuView(s.zeigaku, { konkyoOpen: false, title: `${s.hyoshiki_bango} の税額` }))));
}

function nozeiButton(ctx, atenabango, nendo, version) {
  const out = h('div', { class: 'result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-testid': `kei-nozei-v${version}` }, '納税通知書');
  button.addEventListener('click', async () => {
    out.replaceChildren();
    button.disabled = true;
    try {
      const pdf = await issuePdf(ctx.clients.zeimu, '/v1/keijidoshazei/nozei-tsuchisho', { atenabango, nendo, version }, `軽自動車税納税通知書_${nendo}_第${version}版`);
      out.replaceChildren(pdfResult(`納税通知書（第${version}版）`, pdf, `kei-nozei-v${version}-success`));
      pdf.start();
    } catch (e) {
      if (isUnauthenticated(e)) return;
      shienBanner(ctx.banner, e);
      out.replaceChildren(shienProblemBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return h('div', {}, button, out);
}
