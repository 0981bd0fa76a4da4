// 償却資産申告 (GET/POST /v1/koteishisanzei/shokyaku-shinkoku/{atenabango}): the assets a business held on 1月1日
// (地方税法第383条), entered from the 申告書's 種類別明細書. The service values each line with the 年度's 減価率表
// (固定資産評価基準 別表第15) and the total is taxed as 固定資産税 (免税点 150万円). A tab of the taxpayer screen;
// a second 申告 of the 年度 is a 修正申告 and needs its reason.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { konkyoList } from '../core/konkyo.js';
import { isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { formProblem, fail } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { textField } from './controls.js';
import { dateCell, fukakijitsuLabel, nendoLabel, yenCell } from './format.js';
import { rowTable } from './rows.js';

/** The kinds of the 申告書 in its order (the contract's enum). */
export const SHURUI = ['1', '2', '3', '4', '5', '6'];
const SHURUI_OPTIONS = [['', '（選択）'], ...SHURUI.map((v) => [v, contractLabel('shokyaku_shurui', v)])];
/** 免税点 of 償却資産 (地方税法第351条): shown to the clerk; the service decides on it in the 賦課. */
const MENZEITEN = 1_500_000;

const path = (p) => `/v1/koteishisanzei/shokyaku-shinkoku/${encodeURIComponent(p.atenabango)}`;

export async function shokyakuView(ctx, body, p, nendo) {
  let rireki;
  try {
    rireki = await ctx.clients.zeimu.get(`${path(p)}?nendo=${nendo}`);
  } catch (e) {
    if (!isUnauthenticated(e)) fail(ctx, e);
    return;
  }
  const list = h('div', {});
  const form = h('div', {});
  const render = (data) => {
    list.replaceChildren(rirekiCard(data, nendo));
    form.replaceChildren(shinkokuForm(ctx, p, nendo, data, render));
  };
  render(rireki);
  body.append(list, form);
}

function rirekiCard(data, nendo) {
  const latest = data.versions[data.versions.length - 1];
  return h('section', { class: 'card', 'aria-labelledby': 'shokyaku-title' },
    h('h2', { id: 'shokyaku-title' }, `${nendoLabel(nendo)}の償却資産申告`),
    latest ? h('p', { role: 'status', 'data-testid': 'shokyaku-kettei' },
      `決定価格（評価額の合計）${latest.hyokagaku_gokei.toLocaleString('ja-JP')}円 — `,
      latest.hyokagaku_gokei >= MENZEITEN ? '免税点（150万円）以上: 固定資産税の課税標準になります。' : '免税点（150万円）未満: 償却資産には課税されません。')
      : h('p', { class: 'muted', 'data-testid': 'shokyaku-kettei' }, `${fukakijitsuLabel(nendo)}現在の申告はまだありません。`),
    ...data.versions.slice().reverse().map((v) => versionBlock(v, v === latest)));
}

function versionBlock(v, latest) {
  return h('details', { class: 'version', open: latest, 'data-testid': `shokyaku-version-${v.version}` },
    h('summary', {}, `第${v.version}版 ${contractLabel('shinkoku_kubun', v.shinkoku_kubun)}（申告日 `, dateCell(v.shinkoku_bi), '）',
      v.riyu ? `　理由: ${v.riyu}` : ''),
    h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': latest ? 'shokyaku-list' : null },
      h('thead', {}, h('tr', {}, ['行', '種類', '名称等', '数量', '取得年月', '取得価額', '耐用年数', '評価額']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, v.shisan.map((s) => h('tr', {},
        h('td', { class: 'num' }, String(s.gyo)), h('td', {}, s.shurui_meisho), h('td', {}, s.meisho),
        h('td', { class: 'num' }, String(s.suryo)), h('td', {}, s.shutoku_nengetsu),
        yenCell(s.shutoku_kakaku), h('td', { class: 'num' }, `${s.taiyo_nensu}年`), yenCell(s.hyokagaku)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: 5 }, '合計'), yenCell(v.shutoku_kakaku_gokei), h('td', {}),
        yenCell(v.hyokagaku_gokei, { 'data-testid': latest ? 'shokyaku-gokei' : null }))))),
    h('p', { class: 'muted' }, v.shurui_gokei.map((g) => `${g.shurui_meisho} ${g.hyokagaku.toLocaleString('ja-JP')}円`).join('、')),
    konkyoList(v.santei_konkyo, { title: '評価額の算定根拠' }));
}

/** Puts a declared line into a row of the form (amounts as the clerk would type them). */
function fill(tr, line) {
  for (const control of tr.querySelectorAll('[data-path]')) {
    const col = control.dataset.path.replace(/^shisan\[\d+\]\./, '');
    const v = line[col];
    if (v !== undefined && v !== null) control.value = col === 'shutoku_kakaku' ? v.toLocaleString('ja-JP') : String(v);
  }
}

function shinkokuForm(ctx, p, nendo, data, render) {
  const shusei = data.versions.length > 0;
  const rows = rowTable({
    prefix: 'shisan', title: '種類別明細（賦課期日に所有する資産の全て）', unit: '行目', max: 500, addLabel: '資産を追加',
    note: '取得年月は YYYY-MM（1月1日の取得は前年12月）。耐用年数は 2〜50 年。',
    cols: [
      { col: 'shurui', label: '種類', kind: 'select', options: SHURUI_OPTIONS, required: true },
      { col: 'meisho', label: '名称等', kind: 'text', required: true, placeholder: '例: 旋盤' },
      { col: 'suryo', label: '数量', kind: 'int', placeholder: '1' },
      { col: 'shutoku_nengetsu', label: '取得年月', kind: 'text', required: true, placeholder: '2020-06' },
      { col: 'shutoku_kakaku', label: '取得価額', kind: 'kingaku', required: true },
      { col: 'taiyo_nensu', label: '耐用年数', kind: 'int', required: true, placeholder: '5' },
    ],
  });
  const latest = data.versions[data.versions.length - 1];
  if (latest && latest.shisan.length) {
    // a 修正申告 starts from the lines in force: the clerk changes what the business corrected
    for (const line of latest.shisan) fill(rows.addRow(), line);
  } else rows.addRow();
  const form = h('form', { class: 'card', 'aria-labelledby': 'shokyaku-shinkoku-title', novalidate: true },
    h('h2', { id: 'shokyaku-shinkoku-title' }, shusei ? '修正申告の入力' : '申告の入力'),
    h('p', { class: 'muted' }, shusei ? 'この年度の申告は受付済みです。修正後の全ての資産と理由を入力してください（前の版は残ります）。'
      : `${fukakijitsuLabel(nendo)}（賦課期日）に所有する償却資産を入力してください（地方税法第383条）。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid grid-wide' },
      textField('shinkoku_bi', '申告日', { hint: '省略時は業務日付。例: 2025-01-20 または 令和7年1月20日' }),
      shusei ? textField('riyu', '修正申告の理由', { required: true, multiline: true, hint: '例: 取得価額の誤り（200文字以内）' }) : null),
    rows.fieldset,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, shusei ? '修正申告を受け付ける' : '申告を受け付ける')));
  const sender = commandSender(form, { onProblem: formProblem(ctx.banner) });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body: read } = readControls(controlsOf(form));
    // the 年度 is the screen's; an empty list is a 申告 of no assets (廃業・全て除却)
    const body = { nendo, ...read, shisan: read.shisan || [] };
    const r = await sender.send((s) => ctx.clients.zeimu.command(s, path(p), body));
    if (r) render(r);
  });
  return form;
}
