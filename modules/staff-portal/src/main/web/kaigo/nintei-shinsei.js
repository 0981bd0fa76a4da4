// 認定の申請 (#/kaigo/nintei/shinsei/<宛名番号>?): the counter's entry for a 申請 when the clerk starts from the form, not
// from the person; the answer shows the 申請番号 and the 30-day deadline (処分の期限, 介護保険法第27条第11項) and links the
// person's 認定 tab, where the steps are recorded.

import { h } from '../core/dom.js';
import { link } from '../core/router.js';
import { contractLabel } from './codes.js';
import { dateCell, dl, nokoriText } from './format.js';
import { shinseiForm } from './nintei-forms.js';

export function shinseiView(ctx, { atenabango } = {}) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = shinseiForm(ctx, { headingLevel: 'h1', onDone: (s) => {
    result.replaceChildren(shinseiSuccess(s));
    result.querySelector('.success').focus();
  } });
  if (atenabango) form.elements.atenabango.value = atenabango;
  ctx.show(form, result);
  form.elements[atenabango ? 'shinseibi' : 'atenabango'].focus();
}

/** The accepted application: its number, the deadline and the days left (pure: for the unit tests too). */
export function shinseiSuccess(s) {
  return h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'shinsei-success' },
    h('strong', {}, `${s.shinsei_kubun_mei || contractLabel('shinsei_kubun', s.shinsei_kubun)}を受け付けました（申請番号 ${s.shinsei_id}）`),
    h('div', { class: 'success-body' }, dl([
      ['宛名番号', s.atenabango],
      ['申請年月日', dateCell(s.shinseibi)],
      ...(s.hihokensha_kubun === 'dai2go' ? [
        ['被保険者区分', h('span', { 'data-testid': 'hihokensha-kubun' }, '第2号被保険者（この申請で資格を記録）')],
        ['特定疾病', h('span', { 'data-testid': 'tokutei-shippei' }, s.tokutei_shippei_mei || s.tokutei_shippei)],
        ['医療保険者', [s.iryo_hokensha?.meisho, s.iryo_hokensha?.hokensha_bango].filter(Boolean).join('　')],
      ] : []),
      ['処分の期限（申請日から30日）', h('span', { 'data-testid': 'shori-kigen' }, dateCell(s.shori_kigen))],
      ['期限まで', h('strong', { 'data-testid': 'nokori' }, nokoriText(s.nokori_nissu))],
      ['根拠条文', s.legal_basis],
    ])),
    h('p', {}, h('a', { href: link('kaigo', 'hihokensha', s.atenabango, 'nintei') }, '認定の申請と手続を見る（認定調査・主治医意見書・審査会・決定の記録）')));
}
