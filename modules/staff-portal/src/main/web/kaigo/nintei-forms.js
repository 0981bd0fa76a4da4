// The commands of 要介護・要支援認定, each with one Idempotency-Key per submission (commandSender) and the service's field
// errors at their controls: the 申請 (POST /v1/kaigo/nintei/shinsei: 新規・更新・区分変更 with the 申請日; the 処分 is due
// 30 days later, 介護保険法第27条第11項) and a step of an undecided 申請 (POST …/shinsei/{id}/tetsuzuki: 認定調査, 主治医意見書,
// 介護認定審査会, 延期の通知 with its reason and 見込日, 決定 with the 要介護状態区分 and the months of validity). The service
// refuses what the order or the periods do not allow (422) and records nothing. A 第2号被保険者 (40〜64歳の医療保険加入者,
// 介護保険法第9条第2号) applies with the 医療保険者 and the 特定疾病 (施行令第2条); the service records the qualification.

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, selectField, valueOf } from '../core/forms.js';
import { formProblem } from '../core/shien.js';
import { CODE_TABLES } from '../generated/code-tables.js';
import { contractLabel, contractOptions } from './codes.js';
import { normalizeBango } from './format.js';
import { nextStep } from './nintei-parts.js';

export const SHINSEI_SETSUMEI = {
  shinki: '有効な認定がないときの申請です。認定は申請日にさかのぼって有効になります（原則6か月）。',
  koshin: '有効期間の満了日の60日前から満了日までに申請できます。新しい有効期間は満了日の翌日から（原則12か月）。',
  kubun_henko: '有効期間中に心身の状態が変わったときの申請です。新しい有効期間は申請日から（原則6か月）。',
};

/** The 16 特定疾病 as the standard-specs code table names them, after an empty choice. */
export function tokuteiShippeiOptions(tables = CODE_TABLES) {
  return [['', '選んでください'], ...tables['long-term-care'].tokutei_shippei.values.map((r) => [r.kikan_code, r.name_ja])];
}

/**
 * The 第2号被保険者's part of the 申請: the 特定疾病 and the 医療保険者 (名称; 保険者番号 and 記号・番号 when known).
 * `required`: the person is known not to be a 第1号 (so the application can only be a 第2号's).
 */
export function dai2goFieldset(required) {
  return h('fieldset', { class: 'dai2go', 'data-testid': 'dai2go-fields' },
    h('legend', {}, '第2号被保険者（40〜64歳の医療保険加入者）の申請'),
    h('p', { class: 'muted' }, required
      ? 'この方は第1号被保険者ではないため、第2号被保険者として申請を受け付けます。要介護状態の原因である特定疾病と、加入している医療保険者を入力してください（介護保険法第9条第2号、施行令第2条）。'
      : '第1号被保険者（65歳以上）でない40〜64歳の方の申請のときだけ入力します。'),
    h('div', { class: 'grid' },
      selectField({ name: 'tokutei_shippei', label: '特定疾病', required, options: tokuteiShippeiOptions() }),
      field({ name: 'iryo_hokensha.meisho', label: '医療保険者の名称', required, hint: '例: 全国健康保険協会　○○支部、○○市国民健康保険' }),
      field({ name: 'iryo_hokensha.hokensha_bango', label: '保険者番号', inputmode: 'numeric', hint: '分かれば。国民健康保険は6桁、その他は8桁' }),
      field({ name: 'iryo_hokensha.kigo_bango', label: '医療保険の記号・番号', hint: '任意' })));
}

/** The 第2号 part of the request body: only what the clerk filled in (pure, for the unit tests). */
export function dai2goBody(form) {
  const out = {};
  const v = (name) => valueOf(form, name);
  if (v('tokutei_shippei')) out.tokutei_shippei = v('tokutei_shippei');
  const iryo = { meisho: v('iryo_hokensha.meisho'), hokensha_bango: v('iryo_hokensha.hokensha_bango'), kigo_bango: v('iryo_hokensha.kigo_bango') };
  if (Object.values(iryo).some(Boolean)) out.iryo_hokensha = Object.fromEntries(Object.entries(iryo).filter(([, x]) => x !== undefined));
  return out;
}

/**
 * The 申請 form. `atenabango` given: the person is known (the 認定 tab), else the clerk types the 宛名番号.
 * `dai2go`: true when the person is known not to be a 第1号被保険者 (the 第2号 fields are required), false for a 第1号
 * (not shown), undefined when unknown (shown, optional). `onDone(shinsei)` is called with the accepted application.
 */
export function shinseiForm(ctx, { atenabango, dai2go, onDone, headingLevel = 'h2' }) {
  const explain = h('p', { class: 'notice', 'data-testid': 'shinsei-setsumei' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'shinsei-title', novalidate: true, 'data-testid': 'shinsei-form' },
    h(headingLevel, { id: 'shinsei-title' }, headingLevel === 'h1' ? '要介護・要支援認定の申請' : '新しい申請を受け付ける'),
    h('p', { class: 'muted' }, '第1号被保険者、または第2号被保険者（40〜64歳の医療保険加入者で、特定疾病によるもの）の認定の申請を受け付けます。処分（認定の決定）の期限は申請日から30日です（介護保険法第27条第11項）。日付は西暦でも和暦（令和8年11月10日）でも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      atenabango ? null : field({ name: 'atenabango', label: '宛名番号', required: true, inputmode: 'numeric' }),
      selectField({ name: 'shinsei_kubun', label: '申請区分', required: true, options: contractOptions('shinsei_kubun') }),
      field({ name: 'shinseibi', label: '申請年月日', required: true, hint: '業務日付より後は不可。例: 令和8年11月10日' })),
    explain,
    dai2go === false ? null : dai2goFieldset(dai2go === true),
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
      shinsei_kubun: kubun.value, shinseibi: valueOf(form, 'shinseibi'), ...(dai2go === false ? {} : dai2goBody(form)) };
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
