// 賦課履歴 (GET /v1/kokuho/fuka/{setaibango}?nendo=): every version of the 年度 as it was decided — the 当初賦課,
// then each 更正 with its difference, per 区分 too — and each version's 算定根拠, foldable. A summary table first,
// so the clerk sees at a glance how the tax moved.

import { h } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { codeLabel } from './codes.js';
import { formatSagaku, formatYen, nendoLabel, wareki, yenCell } from './format.js';
import { kekkaView } from './kekka.js';

export async function rirekiView(ctx, body, s, nendo) {
  const box = h('section', { class: 'card', 'aria-labelledby': 'rireki-title' },
    h('h2', { id: 'rireki-title' }, `賦課履歴（${nendoLabel(nendo)}）`), h('p', { class: 'loading' }, '読み込み中…'));
  body.append(box);
  let r;
  try {
    r = await ctx.clients.kokuho.get(`/v1/kokuho/fuka/${encodeURIComponent(s.setaibango)}?nendo=${nendo}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    box.lastChild.replaceWith(shienProblemBox(e));
    return;
  }
  body.append(...rirekiParts(box, r.items || [], s, nendo));
}

/** Fills the summary box and returns the version cards, latest first (pure: for the unit tests too). */
export function rirekiParts(box, versions, s, nendo) {
  if (!versions.length) {
    box.lastChild.replaceWith(h('p', { class: 'empty', 'data-testid': 'rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`,
      h('a', { href: link('kokuho', 'setai', s.setaibango, nendo, 'fuka') }, '賦課する')));
    return [];
  }
  box.lastChild.replaceWith(summaryTable(versions));
  // the latest version first: that is the tax in force; the earlier ones follow as the record of how it came about
  return [...versions].reverse().map((v, i) => versionCard(v, versions[versions.indexOf(v) - 1], i === 0));
}

const kubunLabel = (v) => (v.kosei ? '更正' : '当初賦課');

function summaryTable(versions) {
  return h('table', { class: 'list', 'data-testid': 'rireki-summary' },
    h('caption', { class: 'sr-only' }, '賦課の版の一覧'),
    h('thead', {}, h('tr', {}, ['版', '区分', '処理年月日', '納税義務者', '年税額', '前の版との差']
      .map((t) => h('th', { scope: 'col', class: t === '年税額' || t === '前の版との差' ? 'yen' : null }, t)))),
    h('tbody', {}, versions.map((v) => h('tr', { 'data-version': v.version },
      h('td', { class: 'num' }, `第${v.version}版`),
      h('td', {}, h('span', { class: `badge fuka-${v.kosei ? 'kosei' : 'tosho'}` }, kubunLabel(v))),
      h('td', {}, wareki(v.shorinengappi)),
      h('td', {}, v.nozeigimusha_atenabango),
      yenCell(v.nengaku, { 'data-testid': `nengaku-v${v.version}` }),
      h('td', { class: 'yen' }, v.kosei ? formatSagaku(v.sagaku) : '—')))));
}

/** Per 区分: before, after and the difference of a 更正 (values as the two versions state them). */
export function kubunSagaku(v, prev) {
  const before = new Map((prev?.kekka?.kubun || []).map((b) => [b.kubun, b.nengaku]));
  return (v.kekka?.kubun || []).map((b) => ({ kubun: b.kubun, mae: before.get(b.kubun) ?? 0, ato: b.nengaku, sa: b.nengaku - (before.get(b.kubun) ?? 0) }));
}

function sagakuTable(v, prev) {
  const rows = kubunSagaku(v, prev);
  return h('table', { class: 'list amounts sagaku', 'data-testid': 'kosei-sagaku' },
    h('caption', {}, `更正による差額（第${prev.version}版 → 第${v.version}版）`),
    h('thead', {}, h('tr', {}, ['区分', '更正前', '更正後', '差額'].map((t, i) => h('th', { scope: 'col', class: i ? 'yen' : null }, t)))),
    h('tbody', {}, rows.map((x) => h('tr', { 'data-kubun': x.kubun },
      h('th', { scope: 'row' }, codeLabel('hokenzei_kubun', x.kubun)), yenCell(x.mae), yenCell(x.ato),
      h('td', { class: `yen ${x.sa > 0 ? 'plus' : x.sa < 0 ? 'minus' : ''}` }, formatSagaku(x.sa))))),
    h('tfoot', {}, h('tr', { class: 'total' }, h('th', { scope: 'row' }, '年税額'), yenCell(prev.nengaku), yenCell(v.nengaku),
      h('td', { class: 'yen' }, formatSagaku(v.sagaku)))));
}

function versionCard(v, prev, latest) {
  return h('article', { class: `card version${latest ? ' latest' : ''}`, 'data-version': v.version, 'aria-labelledby': `version-${v.version}` },
    h('h3', { id: `version-${v.version}` }, `第${v.version}版　`,
      h('span', { class: `badge fuka-${v.kosei ? 'kosei' : 'tosho'}` }, kubunLabel(v)),
      latest ? h('span', { class: 'badge badge-latest' }, '現在の税額') : null),
    h('p', { class: 'muted' }, `処理年月日 ${wareki(v.shorinengappi)}　納税義務者（世帯主）宛名番号 ${v.nozeigimusha_atenabango}`,
      prev ? `　前の版（第${prev.version}版 ${formatYen(prev.nengaku)}）から ${formatSagaku(v.sagaku)}` : ''),
    prev ? sagakuTable(v, prev) : null,
    kekkaView(v.kekka, { konkyoTitle: `算定根拠（第${v.version}版）` }));
}
