// What the screens of 固定資産税・都市計画税 (/v1/koteishisanzei/*) and 軽自動車税（種別割） (/v1/keijidoshazei/*)
// share: the 年度 choice with its 賦課期日 (1月1日 for 固定資産税, 地方税法第359条; 4月1日 for 軽自動車税,
// 同法第445条), reading a form named by contract paths into a body (areas in ㎡ with 2 decimals, yes/no items
// the contract requires, whole numbers), a screen title with the 宛名番号 box, and a little loader.

import { h } from '../core/dom.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { controlsOf, readControls, setPath } from '../core/request-body.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { selectField } from './controls.js';
import { NENDO_CHOICES, nendoLabel, wareki } from './format.js';

/** 年度 choices with the 賦課期日 the tax looks at (kotei: 1月1日, kei: 4月1日). */
export function nendoChoices(kind, current) {
  const list = NENDO_CHOICES.includes(Number(current)) || !current ? NENDO_CHOICES : [Number(current), ...NENDO_CHOICES];
  const day = kind === 'kei' ? '04-01' : '01-01';
  return list.map((y) => [String(y), `${nendoLabel(y)}（賦課期日 ${wareki(`${y}-${day}`)}）`]);
}

export function nendoSelect(kind, value, options = {}) {
  return selectField('nendo', '年度', nendoChoices(kind, value), { value: String(value), kind: 'int', required: true, ...options });
}

/** A yes/no item the contract requires (市街化区域内 …): sent as true or false, never left out. */
export function boolField(path, label, { value = false, hint } = {}) {
  const f = selectField(path, label, [['false', 'いいえ'], ['true', 'はい']], { value: String(value), hint, kind: 'bool' });
  return f;
}

const DECIMAL = /^\d{1,9}(\.\d{1,2})?$/;
const zenkaku = (s) => String(s ?? '').replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).trim();

/**
 * The body of a form part: core/request-body.js for text, selects, checks, 金額 and whole numbers, and here the
 * kinds it does not know: 'menseki' (㎡, 2 decimals → a JSON number) and 'bool' (a required yes/no).
 * → { body, problem } (problem: an ApiError with the fields, nothing to send).
 */
export function readForm(root) {
  const controls = controlsOf(root);
  const { body, errors } = readControls(controls.filter((c) => c.kind !== 'menseki' && c.kind !== 'bool'));
  for (const c of controls) {
    if (c.kind === 'bool') setPath(body, c.path, c.value === 'true');
    if (c.kind !== 'menseki') continue;
    const v = zenkaku(c.value);
    if (!v) continue;
    if (DECIMAL.test(v)) setPath(body, c.path, Number(v));
    else errors.push({ field: c.path, message: `${c.label || c.path}は数字（小数点以下2桁まで、例: 165.29）で入力してください` });
  }
  return {
    body,
    problem: errors.length ? new ApiError({ title: '入力に誤りがあります', errors }) : null,
  };
}

/** An area in ㎡ (165.29 → 165.29㎡); '' when absent. */
export function menseki(n) {
  if (typeof n !== 'number') return '';
  return `${n.toLocaleString('ja-JP', { maximumFractionDigits: 2 })}㎡`;
}

/** Yes/no as a register shows it. */
export const hai = (b) => (b ? 'はい' : 'いいえ');

/** 所有者 of a version: 宛名番号 (持分), the 代表者 marked. */
export function shoyushaCell(shoyusha, daihyosha) {
  const list = shoyusha || [];
  return h('ul', { class: 'shoyusha' }, list.map((s) => {
    const a = typeof s === 'string' ? s : s.atenabango;
    return h('li', {},
      h('a', { href: `#/zeimu/kotei/shoyu/${a}` }, a),
      s.mochibun && s.mochibun !== '1/1' ? `（持分 ${s.mochibun}）` : '',
      list.length > 1 && a === daihyosha ? h('span', { class: 'badge' }, '代表者') : null);
  }));
}

/** A screen's card with its h1, a short explanation and what follows. */
export function screenCard(id, title, explanation, ...children) {
  return h('section', { class: 'card', 'aria-labelledby': id },
    h('h1', { id }, title), explanation ? h('p', { class: 'muted' }, explanation) : null, ...children);
}

/**
 * Reads a resource into a card, replacing its loading line: → the answer, or null (the error shown there;
 * a 支援措置 refusal also raises the banner). onMissing(box) handles a 404 when given.
 */
export async function loadInto(ctx, box, path, { onMissing } = {}) {
  const loading = h('p', { class: 'loading' }, '読み込み中…');
  box.append(loading);
  try {
    const r = await ctx.clients.zeimu.get(path);
    loading.remove();
    return r;
  } catch (e) {
    if (isUnauthenticated(e)) return null;
    if (e.status === 404 && onMissing) loading.replaceWith(onMissing(e));
    else {
      shienBanner(ctx.banner, e);
      loading.replaceWith(shienProblemBox(e));
    }
    return null;
  }
}

/** Issues a PDF from a button and shows the 発行番号 and the link next to it (as zeimu/shomei.js). */
export function pdfResult(title, pdf, testid) {
  return h('div', { class: 'success', role: 'status', 'data-testid': testid },
    h('strong', {}, `${title}を発行しました`),
    h('p', {}, '発行番号: ', h('span', { 'data-testid': `${testid}-hakko` }, pdf.hakko)),
    h('p', {}, pdf.link, '（ダウンロードが始まらない場合はこのリンクから保存してください）'));
}
