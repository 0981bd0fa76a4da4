// 転入届 (a new household moves in)

import { h } from '../core/dom.js';
import { clearErrors, commandSender, field, requiredMark, selectField, valueOf } from '../core/forms.js';
import { codeOptions, SETAINUSHI } from './codes.js';
import { today, wareki, zokugaraList } from './format.js';
import { jushoFields, readJusho } from './jusho.js';
import { formProblem } from './shien.js';

/** 転入区分 offered here: 国内転入 and 国外転入等 (職権記載 is not a 届出). */
const TENNYU_KUBUN = ['kokunai', 'kokugai'];
/** 性別 in the order a clerk picks it: 男, 女, then 不明. */
const SEIBETSU = ['1', '2', '0'];
const MEMBER_COLS = [
  ['shimei', '氏名', true], ['shimei_furigana', 'フリガナ', true], ['seinengappi', '生年月日', false],
  ['seibetsu', '性別', true], ['zokugara', '続柄', true], ['honseki', '本籍', false], ['hittosha', '筆頭者', false],
];

/** One cell of the member table: a field with its own (visually hidden) label and error place. */
function memberCell(col, label, required) {
  const control = col === 'seibetsu'
    ? h('select', { 'data-col': col }, h('option', { value: '' }, '選択'),
      codeOptions('seibetsu', SEIBETSU).map(([k, v]) => h('option', { value: k }, v)))
    : h('input', { type: 'text', 'data-col': col, autocomplete: 'off', list: col === 'zokugara' ? 'zokugara-choices' : null,
      placeholder: col === 'seinengappi' ? '和暦・西暦' : null, required });
  return h('td', {}, h('div', { class: 'field cell', 'data-col': col },
    h('label', { class: 'sr-only' }, label), control, h('p', { class: 'field-error', 'aria-live': 'polite' })));
}

/** Row numbers drive the names the service reports errors under: members[0].shimei … */
function renumberMembers(tbody) {
  [...tbody.rows].forEach((tr, i) => {
    tr.dataset.row = String(i);
    tr.querySelector('th').textContent = `${i + 1}`;
    tr.querySelectorAll('.field[data-col]').forEach((box) => {
      const col = box.dataset.col;
      const id = `f-members-${i}-${col}`;
      box.dataset.field = `members[${i}].${col}`;
      const label = MEMBER_COLS.find(([c]) => c === col)[1];
      box.querySelector('label').textContent = `${i + 1}人目の${label}`;
      box.querySelector('label').setAttribute('for', id);
      const control = box.querySelector('input, select');
      control.id = id;
      box.querySelector('.field-error').id = `${id}-error`;
      control.setAttribute('aria-describedby', `${id}-error`);
    });
    const del = tr.querySelector('button.remove');
    del.disabled = tbody.rows.length === 1;
    del.setAttribute('aria-label', `${i + 1}人目を削除`);
  });
}

function readMembers(tbody) {
  return [...tbody.rows].map((tr) => {
    const m = {};
    tr.querySelectorAll('[data-col]:is(input, select)').forEach((el) => {
      const v = el.value.trim();
      if (v) m[el.dataset.col] = v;
    });
    return m;
  });
}

export function tennyuView(ctx) {
  const c = ctx.auth.claims();
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const tbody = h('tbody', {});
  const addRow = (first) => {
    const tr = h('tr', {}, h('th', { scope: 'row', class: 'num' }),
      MEMBER_COLS.map(([col, label, req]) => memberCell(col, label, req)),
      h('td', {}, h('button', { type: 'button', class: 'secondary remove', onclick: () => { tr.remove(); renumberMembers(tbody); } }, '削除')));
    if (first) tr.querySelector('[data-col=zokugara] input').value = SETAINUSHI;
    tbody.append(tr);
    renumberMembers(tbody);
    return tr;
  };
  const form = h('form', { class: 'card', 'aria-labelledby': 'tennyu-title', novalidate: true },
    h('h1', { id: 'tennyu-title' }, '転入届（新しい世帯）'),
    h('p', { class: 'muted' }, '他の市区町村・国外から転入した世帯を記録します。宛名番号・世帯番号は自動で採番されます。日付は和暦・西暦どちらでも入力できます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '転入区分と日付'),
      h('div', { class: 'grid' },
        selectField({ name: 'tennyu_kubun', label: '転入区分', required: true, options: codeOptions('tennyu_kubun', TENNYU_KUBUN) }),
        field({ name: 'idonengappi', label: '異動年月日', required: true, hint: '転入した日（例: 令和6年4月1日、2024-04-01）' }),
        field({ name: 'todokedenengappi', label: '届出年月日', value: today(), hint: '届出を受けた日' }))),
    h('fieldset', {}, h('legend', {}, '新しい住所'),
      h('div', { class: 'grid' }, jushoFields({ jusho_shikuchosonkodo: c.lg_code || '' }))),
    h('fieldset', {}, h('legend', {}, '転入前住所'),
      h('div', { class: 'grid' }, field({ name: 'tennyumaejusho', label: '転入前住所', hint: '国外からの場合は国名など' }))),
    h('fieldset', { class: 'members' }, h('legend', {}, '転入する世帯員'),
      h('p', { class: 'muted' }, '一人を続柄「世帯主」としてください。続柄は一覧から選ぶか、直接入力できます（例: 子の妻）。'),
      zokugaraList('zokugara-choices'),
      h('div', { class: 'field', 'data-field': 'members' }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
      h('div', { class: 'table-scroll' }, h('table', { class: 'list member-table' },
        h('caption', { class: 'sr-only' }, '転入する世帯員'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'),
          MEMBER_COLS.map(([, label, req]) => h('th', { scope: 'col' }, label, req ? requiredMark() : null)),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, '操作')))),
        tbody)),
      h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => { addRow(false).querySelector('input').focus(); } }, '世帯員を追加'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '転入を記録する')));
  addRow(true);
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const members = readMembers(tbody);
    const req = { tennyu_kubun: form.elements.tennyu_kubun.value, idonengappi: form.elements.idonengappi.value.trim(), jusho: readJusho(form), members };
    const todoke = valueOf(form, 'todokedenengappi');
    if (todoke) req.todokedenengappi = todoke;
    const mae = valueOf(form, 'tennyumaejusho');
    if (mae) req.tennyumaejusho = mae;
    const r = await sender.send((submission) => ctx.clients.jumin.command(submission, '/v1/ido/tennyu', req));
    if (r) {
      const setaibango = (r.setaibango || [])[0] || '';
      result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'tennyu-success' },
        h('strong', {}, `${r.idojiyu}を記録しました`),
        h('p', {}, '世帯番号: ', h('span', { class: 'num', 'data-testid': 'new-setaibango' }, setaibango)),
        h('p', {}, `異動年月日: ${wareki(r.idonengappi)}　処理年月日: ${wareki(r.shorinengappi)}　対象: ${(r.jumin || []).length}人`),
        h('ul', { class: 'new-residents' }, (r.jumin || []).map((j, i) => h('li', {},
          h('a', { href: `#/jumin/${j.atenabango}`, 'data-atenabango': j.atenabango },
            `${members[i]?.shimei || ''}（${members[i]?.zokugara || ''}・宛名番号 ${j.atenabango}）を照会`)))),
        h('p', {}, h('a', { href: '#/jumin/tennyu', onclick: (e) => { e.preventDefault(); tennyuView(ctx); } }, '続けて別の転入を記録する'))));
      form.hidden = true;
      result.querySelector('.success').focus();
    }
  });
  ctx.show(form, result);
  form.elements.idonengappi.focus();
}
