// 特別徴収税額の通知 (GET /v1/kojin-juminzei/tokubetsu-choshu?nendo=&gimusha=): for one 特別徴収義務者
// (給与支払者), the employees of a 年度 with their 年税額 and 月割額 (6月〜翌年5月) and the totals per month
// (地方税法第321条の4; after a 更正 the changed amounts, 第321条の6). Employees under 支援措置 are listed
// only to the 支援措置担当; the others see how many were left out (yokushi_ninzu).

import { h, nodes } from '../core/dom.js';
import { clearErrors, showProblem } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { issuePdf } from '../core/pdf.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { pdfResult } from './daicho.js';
import { selectField, textField } from './controls.js';
import { defaultNendo, formatYen, NENDO_CHOICES, nendoLabel, nendoOption, nengetsu, yenCell } from './format.js';
import { formatCount } from './ikkatsu.js';

/** The link to an employer's notice of a 年度 (the key is the 指定番号, or the name when there is none). */
export const tokuchoHref = (nendo, kagi) => link('zeimu', 'tokubetsu-choshu', nendo, kagi);

/** '2026-06' → '6月' (the column heads: the whole 和暦 year-month is their title). */
export const tsukiLabel = (ym) => `${Number(String(ym).slice(5, 7))}月`;

/**
 * The employees' rows against the months of the notice (pure, for tests): the months are those of the totals
 * (in their order), each employee's amount of a month or null when the employee has none that month.
 * → { months: ['2026-06', …], rows: [{ ...jugyoin, tsuki: [zeigaku | null, …] }] }
 */
export function tsukiwariRows(t) {
  const months = (t.tsukibetsu_gokei || []).map((k) => k.nengetsu);
  const rows = (t.jugyoin || []).map((j) => {
    const by = new Map((j.tsukiwari || []).map((k) => [k.nengetsu, k.zeigaku]));
    return { ...j, tsuki: months.map((m) => (by.has(m) ? by.get(m) : null)) };
  });
  return { months, rows };
}

/** A 404 of the notice as the error at the 義務者 field. */
function gimushaProblem(e, nendo, gimusha) {
  // the screen's words (和暦 年度, what to do), not the service's 2026年度
  const message = `特別徴収義務者「${gimusha}」が${nendoLabel(nendo)}に特別徴収する従業員の賦課はありません。指定番号または名称（給与支払報告書のとおり）を確かめてください。`;
  return new ApiError({ ...e, title: '特別徴収義務者が見つかりません', detail: undefined, errors: [{ field: 'gimusha', message }] });
}

export async function tokuchoView(ctx, { nendo: nendoText, gimusha } = {}) {
  const nendo = Number(nendoText) || defaultNendo();
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const form = h('form', { class: 'card search', 'aria-labelledby': 'tokucho-title', novalidate: true },
    h('h1', { id: 'tokucho-title' }, '特別徴収税額の通知'),
    h('p', { class: 'muted' }, '特別徴収義務者（給与支払者）ごとに、従業員の年税額と6月から翌年5月までの月割額を示します（地方税法第321条の4）。更正後は変更後の額です。照会はアクセスログに記録されます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      selectField('nendo', '年度', choices.map(nendoOption), { value: nendo, required: true }),
      textField('gimusha', '特別徴収義務者', { required: true, value: gimusha || '', hint: '特別徴収義務者指定番号、指定番号がなければ給与支払者の名称（給与支払報告書のとおり）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const g = form.elements.gimusha.value.trim();
    if (!g) {
      showProblem(form, new ApiError({ title: '入力に誤りがあります', errors: [{ field: 'gimusha', message: '特別徴収義務者の指定番号または名称を入力してください。' }] }));
      return;
    }
    const href = tokuchoHref(form.elements.nendo.value, g);
    if (location.hash === href) tokuchoView(ctx, { nendo: form.elements.nendo.value, gimusha: g });
    else location.hash = href;
  });
  if (!gimusha) {
    ctx.show(form);
    form.elements.gimusha.focus();
    return;
  }
  const box = h('section', { class: 'card', 'aria-labelledby': 'tokucho-gimusha-title', 'aria-live': 'polite' },
    h('h2', { id: 'tokucho-gimusha-title' }, `${nendoLabel(nendo)}の特別徴収税額`), h('p', { class: 'loading' }, '読み込み中…'));
  ctx.show(form, box);
  let t;
  try {
    t = await ctx.clients.zeimu.get(`/v1/kojin-juminzei/tokubetsu-choshu?nendo=${nendo}&gimusha=${encodeURIComponent(gimusha)}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    if (e.status === 404) {
      box.remove();
      showProblem(form, gimushaProblem(e, nendo, gimusha));
    } else {
      box.lastChild.replaceWith(shienProblemBox(e));
    }
    return;
  }
  box.replaceChildren(...nodes(tsuchiNodes(t)), tsuchishoButton(ctx, nendo, gimusha));
}

/** 特別徴収税額の決定通知書（特別徴収義務者用）as PDF: the same employees, numbered and recorded by the service. */
function tsuchishoButton(ctx, nendo, gimusha) {
  const out = h('div', { class: 'result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', 'data-testid': 'tokucho-tsuchisho' }, '決定通知書（特別徴収義務者用）を発行（PDF）');
  button.addEventListener('click', async () => {
    out.replaceChildren();
    button.disabled = true;
    try {
      const pdf = await issuePdf(ctx.clients.zeimu, '/v1/kojin-juminzei/shomei/tokubetsu-choshu-tsuchisho', { nendo, gimusha },
        `特別徴収税額決定通知書_${nendo}_${gimusha}`);
      out.replaceChildren(pdfResult('特別徴収税額の決定通知書（特別徴収義務者用）', pdf, 'tokucho-tsuchisho-success'));
      pdf.start();
    } catch (e) {
      if (isUnauthenticated(e)) return;
      shienBanner(ctx.banner, e);
      out.replaceChildren(shienProblemBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'actions' }, button, out);
}

function tsuchiNodes(t) {
  const g = t.gimusha || {};
  const { months, rows } = tsukiwariRows(t);
  const gokei = t.tsukibetsu_gokei || [];
  const span = months.length ? `${nengetsu(months[0])}〜${nengetsu(months.at(-1))}` : '';
  return [
    h('h2', { id: 'tokucho-gimusha-title' }, `${nendoLabel(t.nendo)}の特別徴収税額　`, h('span', { 'data-testid': 'tokucho-meisho' }, g.shiharaisha_meisho)),
    h('dl', { class: 'details' },
      h('dt', {}, '特別徴収義務者（給与支払者）'), h('dd', {}, g.shiharaisha_meisho),
      h('dt', {}, '指定番号'), h('dd', { 'data-testid': 'tokucho-shiteibango' }, g.shiteibango || '（なし）'),
      h('dt', {}, '従業員'), h('dd', { 'data-testid': 'tokucho-ninzu' }, `${formatCount(t.ninzu)} 人`),
      h('dt', {}, '年税額の合計'), h('dd', { 'data-testid': 'tokucho-nenzeigaku-gokei' }, formatYen(t.nenzeigaku_gokei))),
    t.yokushi_ninzu > 0
      ? h('p', { class: 'notice', role: 'note', 'data-testid': 'tokucho-yokushi' },
        `支援措置の対象の従業員 ${formatCount(t.yokushi_ninzu)} 人は表示していません（人数・合計にも含めていません）。支援措置担当の職員にだけ表示されます。`)
      : null,
    h('div', { class: 'table-scroll' }, h('table', { class: 'list amounts tokucho', 'data-testid': 'tokucho-table' },
      h('caption', {}, `従業員ごとの月割額（${span}）`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, '宛名番号'), h('th', { scope: 'col' }, '氏名'), h('th', { scope: 'col', class: 'yen' }, '年税額'),
        months.map((m) => h('th', { scope: 'col', class: 'yen', title: nengetsu(m), 'data-nengetsu': m },
          tsukiLabel(m), h('span', { class: 'sr-only' }, `（${nengetsu(m)}）`))))),
      h('tbody', {}, rows.map((j) => h('tr', { 'data-atenabango': j.atenabango },
        h('td', {}, h('a', { href: link('zeimu', j.atenabango, t.nendo), 'aria-label': `${j.shimei}（宛名番号 ${j.atenabango}）の照会` }, j.atenabango)),
        h('th', { scope: 'row', class: 'shimei' },
          j.shimei_furigana ? h('small', { class: 'furigana' }, j.shimei_furigana) : null, h('span', { class: 'kanji' }, j.shimei),
          j.kubun === 'kosei' ? h('span', { class: 'badge fuka-kosei', title: `第${j.fuka_version}版` }, `${contractLabel('fuka_kubun', j.kubun)}（第${j.fuka_version}版）`) : null),
        yenCell(j.nenzeigaku, { 'data-testid': 'tokucho-nenzeigaku' }),
        j.tsuki.map((z, i) => h('td', { class: 'yen', 'data-nengetsu': months[i] }, z === null ? '—' : formatYen(z)))))),
      h('tfoot', {}, h('tr', { class: 'total', 'data-testid': 'tokucho-gokei' },
        h('th', { scope: 'row', colspan: 2 }, `合計（${formatCount(t.ninzu)} 人）`),
        yenCell(t.nenzeigaku_gokei),
        gokei.map((k) => yenCell(k.zeigaku, { 'data-nengetsu': k.nengetsu })))))),
  ];
}

/**
 * In a 賦課 version collected from the salary (choshu.hoho kyuyo_tokubetsu_choshu): the employer that collects it,
 * with its 指定番号 and a link to its notice; null for any other 徴収方法.
 */
export function tokuchoGimusha(choshu, nendo) {
  const g = choshu?.hoho === 'kyuyo_tokubetsu_choshu' ? choshu.tokubetsu_choshu_gimusha : null;
  if (!g) return null;
  return h('p', { class: 'tokucho-gimusha', 'data-testid': 'tokucho-gimusha' },
    h('strong', {}, '特別徴収義務者: '), h('span', { 'data-testid': 'tokucho-gimusha-meisho' }, g.shiharaisha_meisho),
    `（指定番号 ${g.shiteibango || 'なし'}）　`,
    h('a', { href: tokuchoHref(nendo, g.kagi) }, 'この義務者の特別徴収税額の通知'));
}
