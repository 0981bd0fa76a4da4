// 固定資産税・都市計画税の賦課 (POST /v1/koteishisanzei/fuka): the taxpayer is a sole owner or a group of co-owners
// (all of them named, 連帯納税義務 地方税法第10条の2), assessed from the register on the 賦課期日 and kept as a new
// version with its 算定根拠. As zeimu/fuka.js: the first is the 当初賦課; a later one without a reason is answered
// 422 kosei-riyu, and the screen asks for the 更正の理由 and sends again (a new body, so a new Idempotency-Key).

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, valueOf } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { textField } from './controls.js';
import { nendoSelect, screenCard } from './daicho.js';
import { defaultNendo, formatSagaku, formatYen, nendoLabel, wareki } from './format.js';
import { isKoseiRiyuRequired } from './fuka.js';
import { koteiKekkaView } from './kotei-kekka.js';
import { sagakuTable } from './rireki.js';

export const SHOYUSHA_KEY = /^\d{1,15}(\+\d{1,15}){0,49}$/;

/** The 賦課 of one taxpayer (#/zeimu/kotei/fuka/<年度>/<宛名番号[+宛名番号…]>), or the form that chooses one. */
export function koteiFukaView(ctx, { nendo: nendoText, shoyusha } = {}) {
  if (!shoyusha) {
    chooseTaxpayer(ctx);
    return;
  }
  const nendo = Number(nendoText);
  const list = shoyusha.split('+');
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const riyuBox = h('div', { class: 'kosei-riyu', hidden: true },
    h('p', { class: 'notice', role: 'status' }, `${nendoLabel(nendo)}は賦課済みです。台帳の賦課期日の版で計算し直し、更正として記録します。更正の理由を入力してください（更正通知・履歴に残ります）。`),
    field({ name: 'riyu', label: '更正の理由', required: true, multiline: true, hint: '例: 家屋の評価額の修正（評価替えの誤り）による（200文字以内）' }));
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const form = h('form', { class: 'card', 'aria-labelledby': 'kotei-fuka-title', novalidate: true },
    h('h1', { id: 'kotei-fuka-title' }, `固定資産税・都市計画税の賦課（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, `賦課期日（${wareki(`${nendo}-01-01`)}）の台帳で、この納税義務者が所有する土地・家屋から税額を計算し、算定根拠・期別税額とともに記録します。2回目以降は更正になります。`),
    h('p', {}, list.length > 1 ? `共有者（${list.length}人）: ` : '所有者: ',
      list.map((a, i) => [i ? '、' : '', h('a', { href: link('zeimu', 'kotei', 'shoyu', a, nendo) }, a)])),
    h('div', { class: 'form-top', tabindex: '-1' }),
    riyuBox,
    h('div', { class: 'actions' }, submit, h('a', { href: link('zeimu', 'kotei', 'rireki', list[0], nendo) }, '賦課履歴を見る')));
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
    const req = { nendo, shoyusha: list };
    const riyu = riyuBox.hidden ? undefined : valueOf(form, 'riyu');
    if (riyu) req.riyu = riyu;
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/koteishisanzei/fuka', req));
    if (!r) return;
    form.hidden = true;
    result.replaceChildren(fukaSuccess(r, list[0]));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  submit.focus();
}

function fukaSuccess(r, atenabango) {
  const kosei = r.kubun === 'kosei';
  return h('div', { class: 'success kekka', role: 'status', tabindex: '-1', 'data-testid': 'kotei-fuka-success' },
    h('strong', {}, `${contractLabel('fuka_kubun', r.kubun)}を記録しました（第${r.version}版）`),
    h('p', {}, `${nendoLabel(r.nendo)}　処理年月日: ${wareki(r.shorinengappi)}　納税義務者: ${r.shoyusha.join('・')}（代表者 ${r.daihyosha}）`),
    kosei && r.riyu ? h('p', {}, `更正の理由: ${r.riyu}`) : null,
    kosei ? h('p', {}, `更正前の年税額 ${formatYen(r.kosei_zengaku)} → ${formatYen(r.nenzeigaku)}（${formatSagaku(r.nenzeigaku - (r.kosei_zengaku ?? 0))}）`) : null,
    h('div', { class: 'success-body' },
      koteiKekkaView(r.fuka),
      kosei ? sagakuTable(r) : null,
      kosei && r.kosei_zuiji ? h('p', { 'data-testid': 'kosei-zuiji' }, `納期到来済みの期の差額 ${formatSagaku(r.kosei_zuiji)}（${r.kosei_zuiji > 0 ? '随時期で徴収' : '還付または充当'}）`) : null),
    h('p', {}, h('a', { href: link('zeimu', 'kotei', 'rireki', atenabango, r.nendo) }, `賦課履歴・証明書へ（年税額 ${formatYen(r.nenzeigaku)}）`)));
}

/** The menu's entry: the owner(s) and 年度, then the 賦課 screen of that taxpayer. */
function chooseTaxpayer(ctx) {
  const form = h('form', { class: 'search', novalidate: true },
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, nendoSelect('kotei', defaultNendo()),
      textField('shoyusha', '所有者の宛名番号', { required: true, hint: '共有は共有者全員を「+」または空白で区切る（例: 100000017+100000025）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '次へ')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const key = form.elements.shoyusha.value.trim().split(/[\s+,、＋]+/).filter(Boolean).join('+');
    const box = form.querySelector('[data-field="shoyusha"] .field-error');
    if (!SHOYUSHA_KEY.test(key)) {
      box.textContent = '宛名番号（数字15桁まで）を入力してください';
      form.elements.shoyusha.setAttribute('aria-invalid', 'true');
      form.elements.shoyusha.focus();
      return;
    }
    location.hash = link('zeimu', 'kotei', 'fuka', form.elements.nendo.value, key);
  });
  ctx.show(screenCard('kotei-fuka-choose-title', '固定資産税・都市計画税の賦課', '納税義務者（単独所有者、または共有者の全員）を指定します。所有資産の画面からも賦課できます。', form));
  form.elements.shoyusha.focus();
}
