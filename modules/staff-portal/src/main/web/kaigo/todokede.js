// 資格の届出 (POST /v1/shikaku/todokede): what the clerk received at the counter — 住所地特例の適用・終了 (介護保険法第13条)
// and 適用除外施設への入所・退所 (介護保険法施行法第11条) — with the fact's date and the facility; the service adds the
// 継続, 取得 or 喪失 it means to the history and refuses one the history contradicts (422) with nothing recorded. One
// Idempotency-Key per submission (commandSender): pressing 送信 again after no answer cannot record the 届出 twice.
// Controls are named by their contract property, so a refusal's errors[].field is shown at its control.

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, selectField, valueOf } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { codeLabel } from './codes.js';
import { normalizeBango } from './format.js';
import { rirekiTable } from './shokai.js';

/** Each kind of 届出: the date it asks for, whether the facility is required, and what the service will record. */
export const TODOKEDE = {
  jushochi_tokurei_tekiyo: { hi: '施設への入所日', shisetsu: true,
    kekka: '他市町村の住所地特例対象施設に入所して住所を移しても、この市町村の被保険者のままです（介護保険法第13条）。転出による喪失が記録済みなら、その喪失日から資格が続きます。' },
  jushochi_tokurei_shuryo: { hi: '施設からの退所日', kekka: '退所日の翌日に資格を喪失します（介護保険法第13条）。' },
  tekiyo_jogai_nyusho: { hi: '適用除外施設への入所日', kekka: '入所日の翌日に資格を喪失します（介護保険法施行法第11条）。' },
  tekiyo_jogai_taisho: { hi: '適用除外施設からの退所日', kekka: '65歳以上なら退所日に資格を取得します（介護保険法施行法第11条）。' },
};

export function todokedeView(ctx, { atenabango } = {}) {
  const kinds = Object.keys(TODOKEDE);
  const explain = h('p', { class: 'notice', 'data-testid': 'todokede-setsumei' });
  const form = h('form', { class: 'card kaigo-todokede', 'aria-labelledby': 'todokede-title', novalidate: true },
    h('h1', { id: 'todokede-title' }, '資格の届出'),
    h('p', { class: 'muted' }, '窓口で受け付けた住所地特例・適用除外施設の届出を、事実の日とともに資格の履歴に加えます（過去の履歴は書き換えません）。日付は西暦（2025-04-01）でも和暦（令和7年4月1日、R7.4.1）でも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      field({ name: 'atenabango', label: '宛名番号', required: true, inputmode: 'numeric', value: atenabango }),
      selectField({ name: 'todokede_shubetsu', label: '届出の種別', required: true, options: kinds.map((k) => [k, codeLabel('todokede_shubetsu', k)]) }),
      field({ name: 'idonengappi', label: TODOKEDE[kinds[0]].hi, required: true, hint: '例: 令和7年4月1日' }),
      field({ name: 'todokedenengappi', label: '届出年月日', hint: '省略すると今日（業務日付）' })),
    h('div', { class: 'grid' },
      field({ name: 'shisetsu_mei', label: '施設の名称', hint: '100文字以内' }),
      field({ name: 'shisetsu_shozaichi', label: '施設の所在地（市町村名）', hint: '例: 架空県きた町' })),
    explain,
    field({ name: 'biko', label: '備考', multiline: true, hint: '200文字以内' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '届出を記録する')));
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const kind = form.elements.todokede_shubetsu;
  const onKind = () => {
    const k = TODOKEDE[kind.value];
    form.querySelector('label[for="f-idonengappi"]').firstChild.textContent = k.hi;
    const shisetsuLabel = form.querySelector('label[for="f-shisetsu_mei"]');
    shisetsuLabel.replaceChildren('施設の名称', k.shisetsu ? h('span', { class: 'req', 'aria-hidden': 'true' }, '必須') : '');
    explain.textContent = `${codeLabel('todokede_shubetsu', kind.value)}: ${k.kekka}`;
  };
  kind.addEventListener('change', onKind);
  onKind();
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const body = todokedeBody(form);
    const p = await sender.send((submission) => ctx.clients.kaigo.command(submission, '/v1/shikaku/todokede', body));
    if (!p) return;
    const added = (p.shikaku_rireki || []).slice(-1);
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'todokede-success' },
      h('strong', {}, `${codeLabel('todokede_shubetsu', body.todokede_shubetsu)}の届出を記録しました（${p.shimei}）`),
      h('p', {}, p.hihokensha ? '第1号被保険者です。' : '第1号被保険者ではありません。',
        p.jushochi_tokurei ? '（住所地特例の適用中）' : '', p.tekiyo_jogai ? '（適用除外施設に入所中）' : ''),
      h('h3', {}, '加えた履歴'), rirekiTable(added),
      h('p', {}, h('a', { href: link('kaigo', 'hihokensha', p.atenabango) }, '被保険者照会で資格の履歴を見る'))));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  form.elements[atenabango ? 'idonengappi' : 'atenabango'].focus();
}

/** The request body: the contract's properties, empty ones left out (the service refuses what is missing). */
export function todokedeBody(form) {
  const body = {};
  const a = normalizeBango(form.elements.atenabango.value);
  if (a) body.atenabango = a;
  body.todokede_shubetsu = form.elements.todokede_shubetsu.value;
  for (const name of ['idonengappi', 'todokedenengappi', 'shisetsu_mei', 'shisetsu_shozaichi']) {
    const v = valueOf(form, name);
    if (v) body[name] = v;
  }
  const biko = form.elements.biko.value;
  if (biko.trim()) body.biko = biko;
  return body;
}
