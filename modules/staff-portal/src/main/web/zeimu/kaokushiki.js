// 事務所・事業所・家屋敷 of a 住登外者 (GET/POST /v1/nozeigimusha/{atenabango}/kaokushiki, POST …/{番号}/shuryo):
// the ground of the 家屋敷課税 (地方税法第294条第1項第2号: 均等割のみ). A place counts for a 年度 when it was held on
// 1月1日; its end (売却・取壊し・廃止) is a new version, so the earlier 年度 keep theirs. A tab of the taxpayer screen.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { formProblem, fail } from '../core/shien.js';
import { isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { contractLabel } from './codes.js';
import { selectField, textField } from './controls.js';
import { dateCell, fukakijitsuLabel, nendoLabel } from './format.js';

const KUBUN = ['kaokushiki', 'jimusho', 'jigyosho'].map((v) => [v, contractLabel('kaokushiki_kubun', v)]);
const DATE_HINT = '例: 2019-08-01 または 令和元年8月1日';

/** Whether the place was held on 1月1日 of the 年度 (有し始めた日 ≤ 1月1日 < 有しなくなった日). */
export function heldOnFukakijitsu(k, nendo) {
  const day = `${nendo}-01-01`;
  return k.shoyu_kaishibi <= day && (k.shoyu_shuryobi == null || k.shoyu_shuryobi > day);
}

const path = (p) => `/v1/nozeigimusha/${encodeURIComponent(p.atenabango)}/kaokushiki`;

export async function kaokushikiView(ctx, body, p, nendo) {
  let ichiran;
  try {
    ichiran = await ctx.clients.zeimu.get(path(p));
  } catch (e) {
    if (!isUnauthenticated(e)) fail(ctx, e);
    return;
  }
  const list = h('div', {});
  const render = (data) => list.replaceChildren(ichiranCard(ctx, p, nendo, data, render));
  render(ichiran);
  body.append(list, torokuForm(ctx, p, render));
}

function ichiranCard(ctx, p, nendo, data, render) {
  const held = data.items.filter((k) => heldOnFukakijitsu(k, nendo));
  return h('section', { class: 'card', 'aria-labelledby': 'kaokushiki-title' },
    h('h2', { id: 'kaokushiki-title' }, '事務所・事業所・家屋敷'),
    h('p', { role: 'status', 'data-testid': 'kaokushiki-fukakijitsu' }, held.length
      ? `${nendoLabel(nendo)}の賦課期日（${fukakijitsuLabel(nendo)}）に${held.length}件を有しています。家屋敷課税（均等割のみ）の対象です。`
      : `${nendoLabel(nendo)}の賦課期日（${fukakijitsuLabel(nendo)}）に有していたものはありません。この年度は課税できません。`),
    data.items.length === 0 ? h('p', { class: 'muted' }, 'まだ登録がありません。') : h('table', { class: 'list', 'data-testid': 'kaokushiki-list' },
      h('thead', {}, h('tr', {}, ['番号', '種類', '所在地', '有し始めた日', '有しなくなった日', '履歴', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, data.items.map((k) => h('tr', {},
        h('td', { class: 'num' }, String(k.kaokushiki_bango)), h('td', {}, k.kubun_mei), h('td', {}, k.shozaichi),
        h('td', {}, dateCell(k.shoyu_kaishibi)), h('td', {}, k.shoyu_shuryobi ? dateCell(k.shoyu_shuryobi) : '（有している）'),
        h('td', {}, k.rireki.map((r) => `第${r.version}版 ${r.riyu}`).join(' / ')),
        h('td', {}, k.shoyu_shuryobi ? null : shuryoButton(ctx, p, k, render)))))));
}

function shuryoButton(ctx, p, k, render) {
  const holder = h('div', {});
  const open = h('button', { type: 'button', 'data-testid': `kaokushiki-shuryo-${k.kaokushiki_bango}` }, '終了を記録');
  open.addEventListener('click', () => {
    open.hidden = true;
    const form = h('form', { class: 'inline-form', novalidate: true },
      h('div', { class: 'form-top', tabindex: '-1' }),
      textField('shoyu_shuryobi', '有しなくなった日', { required: true, hint: '売却・取壊し・廃止の日。' + DATE_HINT }),
      textField('riyu', '終了の理由', { required: true, hint: '例: 売却' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '終了を記録する')));
    onSubmit(ctx, form, `${path(p)}/${k.kaokushiki_bango}/shuryo`, render);
    holder.append(form);
    form.elements.shoyu_shuryobi.focus();
  });
  holder.append(open);
  return holder;
}

function torokuForm(ctx, p, render) {
  const form = h('form', { class: 'card', 'aria-labelledby': 'kaokushiki-toroku-title', novalidate: true },
    h('h2', { id: 'kaokushiki-toroku-title' }, '事務所・家屋敷の登録'),
    h('p', { class: 'muted' }, '市内に住所がなく、市内に事務所・事業所・家屋敷を有する方は、均等割だけが課税されます（地方税法第294条第1項第2号）。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid grid-wide' },
      selectField('kubun', '種類', KUBUN, { required: true }),
      textField('shozaichi', '所在地（市内）', { required: true, hint: '例: みなみ市本町1番地' }),
      textField('shoyu_kaishibi', '有し始めた日', { required: true, hint: DATE_HINT }),
      textField('riyu', '登録の理由・根拠', { required: true, multiline: true, hint: '例: 固定資産課税台帳の家屋（別荘）（200文字以内）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '登録する')));
  onSubmit(ctx, form, path(p), (r) => {
    form.reset();
    render(r);
  });
  return form;
}

/** Sends the form's controls as the command's body; the list the service answers is shown. */
function onSubmit(ctx, form, commandPath, done) {
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body } = readControls(controlsOf(form));
    const r = await sender.send((s) => ctx.clients.zeimu.command(s, commandPath, body));
    if (r) done(r);
  });
}
