// 転出届 (and the 転出証明書 for those who left)

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, requiredMark, valueOf } from '../core/forms.js';
import { isUnauthenticated } from '../core/problem.js';
import { SETAINUSHI } from './codes.js';
import { today, wareki, zokugaraList } from './format.js';
import { issuePdf } from './pdf.js';
import { formProblem, juminProblemBox, shienBanner } from './shien.js';

export async function tenshutsuView(ctx, body, p) {
  const loading = h('p', { class: 'loading' }, '読み込み中…');
  body.append(loading);
  let s;
  try {
    s = await ctx.clients.jumin.get(`/v1/setai/${encodeURIComponent(p.setaibango)}`);
  } catch (e) {
    if (isUnauthenticated(e) || shienBanner(ctx.banner, e)) loading.remove();
    else loading.replaceWith(juminProblemBox(e));
    return;
  }
  const members = (s.members || []).filter((m) => !m.jumin_jotai || m.jumin_jotai === 'jumin');
  const nushi = s.setainushi_atenabango || members.find((m) => m.zokugara === SETAINUSHI)?.atenabango;
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
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
          h('label', { for: 'f-shin_setainushi' }, '新しい世帯主', requiredMark()),
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
      if (i.dataset.atenabango === sel.value) i.value = SETAINUSHI;
      else if (i.value === SETAINUSHI) i.value = '';
    });
    sel.addEventListener('change', syncNushi);
    syncNushi();
  };
  form.addEventListener('change', (ev) => { if (ev.target.name === 'leaving') updateReorg(); });
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const atenabango = leaving();
    const req = { atenabango, idonengappi: form.elements.idonengappi.value.trim(), tenshutsusakijusho: form.elements.tenshutsusakijusho.value.trim() };
    const todoke = valueOf(form, 'todokedenengappi');
    if (todoke) req.todokedenengappi = todoke;
    if (!reorg.hidden) {
      req.shin_setainushi = form.elements.shin_setainushi.value;
      req.zokugara = [...reorg.querySelectorAll('input[data-atenabango]')].map((i) => ({ atenabango: i.dataset.atenabango, zokugara: i.value.trim() }));
    }
    const r = await sender.send((submission) => ctx.clients.jumin.command(submission, '/v1/ido/tenshutsu', req));
    if (r) {
      const names = members.filter((m) => atenabango.includes(m.atenabango)).map((m) => m.shimei).join('、');
      const certResult = h('div', { 'aria-live': 'polite' });
      const issue = h('button', { type: 'button', class: 'primary', onclick: () => issueTenshutsuShomeisho(ctx, atenabango, issue, certResult) }, '転出証明書を発行');
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

async function issueTenshutsuShomeisho(ctx, atenabango, button, out) {
  out.replaceChildren();
  button.disabled = true;
  try {
    const pdf = await issuePdf(ctx.clients.jumin, '/v1/shomei/tenshutsu-shomeisho', { atenabango }, '転出証明書');
    out.replaceChildren(h('div', { class: 'success', role: 'status', 'data-testid': 'tenshutsu-shomeisho-success' },
      h('strong', {}, pdf.saikofu ? '転出証明書を再交付しました' : '転出証明書を発行しました', pdf.saikofu ? h('span', { class: 'badge badge-saikofu', 'data-testid': 'saikofu' }, '再交付') : null),
      h('p', {}, `発行番号: ${pdf.hakko}`),
      h('p', {}, pdf.link, '（ダウンロードが始まらない場合はこのリンクから保存してください）')));
    pdf.start();
  } catch (e) {
    if (!isUnauthenticated(e)) {
      shienBanner(ctx.banner, e);
      out.replaceChildren(juminProblemBox(e));
    }
  } finally {
    button.disabled = false;
  }
}
