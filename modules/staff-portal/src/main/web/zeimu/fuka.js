// 賦課 (POST /v1/kojin-juminzei/fuka): the tax computed from the latest 申告 and kept as a new version.
// The first one is the 当初賦課; the service answers a later one without a reason with 422 kosei-riyu,
// and the screen then asks for the 更正の理由 and sends again (a new body, so a new Idempotency-Key).

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, valueOf } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { checkField, kingakuField, textField } from './controls.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { fukakijitsuLabel, formatSagaku, formatYen, nendoLabel, shinkokuLabel, wareki } from './format.js';
import { kibetsuTable, nenzeigakuBox } from './kekka.js';
import { sagakuTable } from './rireki.js';
import { tokuchoGimusha } from './tokucho.js';

export function isKoseiRiyuRequired(err) {
  return err?.status === 422 && err.code === 'kosei-riyu';
}

export function fukaView(ctx, body, p, nendo) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const riyuBox = h('div', { class: 'kosei-riyu', hidden: true },
    h('p', { class: 'notice', role: 'status' }, `${nendoLabel(nendo)}は賦課済みです。最新の申告で計算し直し、更正として記録します。更正の理由を入力してください（更正通知・履歴に残ります）。`),
    field({ name: 'riyu', label: '更正の理由', required: true, multiline: true, hint: '例: 給与支払報告書（訂正）の提出による（200文字以内）' }));
  const warn = p.fukakijitsu_jumin === false
    ? h('p', { class: 'notice', role: 'status' }, `${fukakijitsuLabel(nendo)}（賦課期日）にこの団体の住民ではありません。賦課はできません（地方税法第318条）。`)
    : null;
  const submit = h('button', { type: 'submit', class: 'primary' }, '賦課する');
  const jutogai = p.kubun === 'jutogai';
  const jokyo = jutogai ? jushochiJokyo() : null;
  const form = h('form', { class: 'card', 'aria-labelledby': 'fuka-title', novalidate: true },
    h('h2', { id: 'fuka-title' }, `賦課（${nendoLabel(nendo)}）`),
    h('p', { class: 'muted' }, jutogai
      ? `${p.shimei} は住登外者です。${fukakijitsuLabel(nendo)}に市内に有していた事務所・家屋敷により、家屋敷課税（均等割のみ、地方税法第294条第1項第2号）を計算して記録します。2回目以降は更正になります。`
      : `${p.shimei} の最新の申告から${nendoLabel(nendo)}の個人住民税を計算し、算定根拠・普通徴収の期別税額とともに記録します。2回目以降は更正になります。`),
    warn,
    h('div', { class: 'form-top', tabindex: '-1' }),
    jokyo,
    riyuBox,
    h('div', { class: 'actions' }, submit, jutogai
      ? h('a', { href: link('zeimu', p.atenabango, nendo, 'kaokushiki') }, '事務所・家屋敷を確認する')
      : h('a', { href: link('zeimu', p.atenabango, nendo, 'shinkoku') }, '先に申告を入力する')));
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
    const req = { atenabango: p.atenabango, nendo };
    const riyu = riyuBox.hidden ? undefined : valueOf(form, 'riyu');
    if (riyu) req.riyu = riyu;
    if (jokyo) {
      const { body: b, errors } = readControls(controlsOf(jokyo));
      if (errors.length) {
        showProblem(form, { status: 400, title: '入力に誤りがあります', errors }, {});
        return;
      }
      if (b.jushochi_jokyo && Object.keys(b.jushochi_jokyo).length) req.jushochi_jokyo = b.jushochi_jokyo;
    }
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/kojin-juminzei/fuka', req));
    if (!r) return;
    form.hidden = true;
    result.replaceChildren(fukaSuccess(r, p, nendo));
    result.querySelector('.success').focus();
  });
  body.append(form, result);
  submit.focus();
}

/** What the 住所地 reported of a 住登外者 (FukaRequest.jushochi_jokyo), for the 非課税 of 地方税法第295条. */
function jushochiJokyo() {
  const ninzu = textField('jushochi_jokyo.ninzu', '人数（本人＋同一生計配偶者＋扶養親族）', { inputmode: 'numeric', hint: '住所地の回答どおり。空欄は1人' });
  ninzu.querySelector('input').dataset.kind = 'int';
  return h('fieldset', { 'data-testid': 'jushochi-jokyo' }, h('legend', {}, '住所地の団体から得た状況（非課税の判定）'),
    h('div', { class: 'grid' },
      checkField('jushochi_jokyo.seikatsu_hogo', '賦課期日に生活扶助を受けている'),
      checkField('jushochi_jokyo.shogaisha_to', '障害者・未成年者・寡婦・ひとり親'),
      kingakuField('jushochi_jokyo.gokei_shotoku_kingaku', '前年の合計所得金額', { hint: '住所地の回答があるときだけ' }),
      ninzu));
}

function fukaSuccess(r, p, nendo) {
  const kosei = r.kubun === 'kosei';
  return h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'fuka-success' },
    h('strong', {}, `${contractLabel('fuka_kubun', r.kubun)}を記録しました（第${r.version}版）`),
    h('p', {}, `${nendoLabel(r.nendo)}　処理年月日: ${wareki(r.shorinengappi)}　${p.kubun === 'jutogai'
      ? '家屋敷課税（均等割のみ、申告によらない）' : `用いた申告: ${shinkokuLabel(r.shinkoku_version)}`}`),
    kosei && r.riyu ? h('p', {}, `更正の理由: ${r.riyu}`) : null,
    h('div', { class: 'success-body' },
      nenzeigakuBox(r.fuka),
      tokuchoGimusha(r.choshu, r.nendo),
      kosei ? sagakuTable(r) : kibetsuTable(r.choshu),
      kosei && r.kosei_zuiji ? h('p', { 'data-testid': 'kosei-zuiji' }, `納期到来済みの期の差額 ${formatSagaku(r.kosei_zuiji)}（${r.kosei_zuiji > 0 ? '随時期で徴収' : '還付または充当'}）`) : null),
    h('p', {}, h('a', { href: link('zeimu', p.atenabango, nendo, 'rireki') }, `賦課履歴を見る（年税額 ${formatYen(r.nenzeigaku)}）`)));
}
