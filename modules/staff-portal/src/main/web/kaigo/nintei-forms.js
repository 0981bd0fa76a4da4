// The commands of 要介護・要支援認定, each with one Idempotency-Key per submission (commandSender) and the service's field
// errors at their controls: the 申請 (POST /v1/kaigo/nintei/shinsei: 新規・更新・区分変更 with the 申請日; the 処分 is due
// 30 days later, 介護保険法第27条第11項) and a step of an undecided 申請 (POST …/shinsei/{id}/tetsuzuki: 認定調査, 主治医意見書,
// 介護認定審査会, 延期の通知 with its reason and 見込日, 決定 with the 要介護状態区分 and the months of validity). The service
// refuses what the order or the periods do not allow (422) and records nothing.

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, selectField, valueOf } from '../core/forms.js';
import { formProblem } from '../core/shien.js';
import { contractLabel, contractOptions } from './codes.js';
import { normalizeBango } from './format.js';
import { nextStep } from './nintei-parts.js';

export const SHINSEI_SETSUMEI = {
  shinki: '有効な認定がないときの申請です。認定は申請日にさかのぼって有効になります（原則6か月）。',
  koshin: '有効期間の満了日の60日前から満了日までに申請できます。新しい有効期間は満了日の翌日から（原則12か月）。',
  kubun_henko: '有効期間中に心身の状態が変わったときの申請です。新しい有効期間は申請日から（原則6か月）。',
};

/**
 * The 申請 form. `atenabango` given: the person is known (the 認定 tab), else the clerk types the 宛名番号.
 * `onDone(shinsei)` is called with the accepted application.
 */
export function shinseiForm(ctx, { atenabango, onDone, headingLevel = 'h2' }) {
  const explain = h('p', { class: 'notice', 'data-testid': 'shinsei-setsumei' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'shinsei-title', novalidate: true, 'data-testid': 'shinsei-form' },
    h(headingLevel, { id: 'shinsei-title' }, headingLevel === 'h1' ? '要介護・要支援認定の申請' : '新しい申請を受け付ける'),
    h('p', { class: 'muted' }, '第1号被保険者の認定の申請を受け付けます。処分（認定の決定）の期限は申請日から30日です（介護保険法第27条第11項）。日付は西暦でも和暦（令和8年11月10日）でも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      atenabango ? null : field({ name: 'atenabango', label: '宛名番号', required: true, inputmode: 'numeric' }),
      selectField({ name: 'shinsei_kubun', label: '申請区分', required: true, options: contractOptions('shinsei_kubun') }),
      field({ name: 'shinseibi', label: '申請年月日', required: true, hint: '業務日付より後は不可。例: 令和8年11月10日' })),
    explain,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '申請を受け付ける')));
  const kubun = form.elements.shinsei_kubun;
  const onKubun = () => { explain.textContent = `${contractLabel('shinsei_kubun', kubun.value)}: ${SHINSEI_SETSUMEI[kubun.value]}`; };
  kubun.addEventListener('change', onKubun);
  onKubun();
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const body = { atenabango: atenabango || normalizeBango(form.elements.atenabango.value) || undefined,
      shinsei_kubun: kubun.value, shinseibi: valueOf(form, 'shinseibi') };
    const s = await sender.send((submission) => ctx.clients.kaigo.command(submission, '/v1/kaigo/nintei/shinsei', body));
    if (s) onDone(s);
  });
  return form;
}

/** The request body of a step: only what its kind takes (the contract refuses nothing else, the service the rest). */
export function tetsuzukiBody(form) {
  const shubetsu = form.elements.shubetsu.value;
  const body = { shubetsu };
  const v = (name) => valueOf(form, name);
  if (v('jisshibi')) body.jisshibi = v('jisshibi');
  if (shubetsu === 'kettei') {
    body.kekka = form.elements.kekka.value;
    if (v('yuko_tsukisu')) body.yuko_tsukisu = /^\d+$/.test(v('yuko_tsukisu')) ? Number(v('yuko_tsukisu')) : v('yuko_tsukisu');
  }
  if (shubetsu === 'encho') {
    if (v('encho_riyu')) body.encho_riyu = form.elements.encho_riyu.value;
    if (v('mikomibi')) body.mikomibi = v('mikomibi');
  }
  if (v('biko')) body.biko = form.elements.biko.value;
  return body;
}

/** The form for the next step of an undecided application; `onDone(shinsei)` with the application as it now is. */
export function tetsuzukiForm(ctx, s, { onDone }) {
  const id = (n) => `${n}-${s.shinsei_id}`;
  const kettei = h('div', { class: 'grid subpart', 'data-part': 'kettei' },
    selectField({ name: 'kekka', label: '要介護状態区分', required: true, options: contractOptions('yokaigodo'), value: 'yokaigo1' }),
    field({ name: 'yuko_tsukisu', label: '有効期間の月数', inputmode: 'numeric', hint: '審査会の意見による。省略すると原則（新規・区分変更6か月、更新12か月）' }));
  const encho = h('div', { class: 'grid subpart', 'data-part': 'encho' },
    field({ name: 'encho_riyu', label: '延期の理由', required: true, multiline: true, hint: '200文字以内' }),
    field({ name: 'mikomibi', label: '処分の見込日', required: true, hint: '延期の通知は申請日から30日以内に' }));
  const form = h('form', { class: 'tetsuzuki-form', 'aria-labelledby': id('tetsuzuki-title'), novalidate: true, 'data-testid': 'tetsuzuki-form' },
    h('h4', { id: id('tetsuzuki-title') }, '手続を記録する'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      selectField({ name: 'shubetsu', label: '手続', required: true, options: contractOptions('tetsuzuki'), value: nextStep(s) }),
      field({ name: 'jisshibi', label: '実施日', required: true, hint: '業務日付より後は不可' })),
    kettei, encho,
    field({ name: 'biko', label: '備考', multiline: true, hint: '200文字以内' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '手続を記録する')));
  const shubetsu = form.elements.shubetsu;
  const onKind = () => {
    kettei.hidden = shubetsu.value !== 'kettei';
    encho.hidden = shubetsu.value !== 'encho';
  };
  shubetsu.addEventListener('change', onKind);
  onKind();
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const body = tetsuzukiBody(form);
    const r = await sender.send((submission) => ctx.clients.kaigo.command(submission,
      `/v1/kaigo/nintei/shinsei/${encodeURIComponent(s.shinsei_id)}/tetsuzuki`, body));
    if (r) onDone(r, body);
  });
  return form;
}
