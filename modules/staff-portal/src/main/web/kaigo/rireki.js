// 賦課履歴 (GET /v1/kaigo/fuka/{atenabango}?nendo=): every version of the 年度 as it was decided — the 当初賦課, then each
// 更正 with its difference (段階, 年額, 月数, 賦課額 before and after) — and each version's 算定根拠, foldable. A summary
// table first, so the clerk sees at a glance how the premium moved.

import { h } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { dankaiBadge, formatSagaku, formatYen, nendoLabel, wareki, yenCell } from './format.js';
import { kekkaView } from './kekka.js';

export async function rirekiView(ctx, body, p, nendo) {
  const box = h('section', { class: 'card', 'aria-labelledby': 'rireki-title' },
    h('h2', { id: 'rireki-title' }, `賦課履歴（${nendoLabel(nendo)}）`), h('p', { class: 'loading' }, '読み込み中…'));
  body.append(box);
  let r;
  try {
    r = await ctx.clients.kaigo.get(`/v1/kaigo/fuka/${encodeURIComponent(p.atenabango)}?nendo=${nendo}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    shienBanner(ctx.banner, e);
    box.lastChild.replaceWith(shienProblemBox(e));
    return;
  }
  body.append(...rirekiParts(box, r.items || [], p, nendo));
}

/** Fills the summary box and returns the version cards, latest first (pure: for the unit tests too). */
export function rirekiParts(box, versions, p, nendo) {
  if (!versions.length) {
    box.lastChild.replaceWith(h('p', { class: 'empty', 'data-testid': 'rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`,
      h('a', { href: link('kaigo', 'hihokensha', p.atenabango, nendo, 'fuka') }, '賦課する')));
    return [];
  }
  box.lastChild.replaceWith(summaryTable(versions));
  // the latest version first: that is the premium in force; the earlier ones follow as the record of how it came about
  return [...versions].reverse().map((v, i) => versionCard(v, versions[versions.indexOf(v) - 1], i === 0));
}

const kubunLabel = (v) => (v.kosei ? '更正' : '当初賦課');

function summaryTable(versions) {
  return h('table', { class: 'list', 'data-testid': 'rireki-summary' },
    h('caption', { class: 'sr-only' }, '賦課の版の一覧'),
    h('thead', {}, h('tr', {}, ['版', '区分', '処理年月日', '所得段階', '月数', '賦課額', '前の版との差']
      .map((t) => h('th', { scope: 'col', class: t === '賦課額' || t === '前の版との差' ? 'yen' : null }, t)))),
    h('tbody', {}, versions.map((v) => h('tr', { 'data-version': v.version },
      h('td', { class: 'num' }, `第${v.version}版`),
      h('td', {}, h('span', { class: `badge fuka-${v.kosei ? 'kosei' : 'tosho'}` }, kubunLabel(v))),
      h('td', {}, wareki(v.shorinengappi)),
      h('td', {}, dankaiBadge(v.dankai)),
      h('td', { class: 'num' }, `${v.kekka?.tsukisu ?? ''}か月`),
      yenCell(v.nengaku, { 'data-testid': `nengaku-v${v.version}` }),
      h('td', { class: 'yen' }, v.kosei ? formatSagaku(v.sagaku) : '—')))));
}

/** Before and after of a 更正, as the two versions state them. */
export function koseiRows(v, prev) {
  const a = v.kekka || {};
  const b = prev.kekka || {};
  return [
    ['所得段階', `第${prev.dankai}段階`, `第${v.dankai}段階`, prev.dankai === v.dankai ? '変更なし' : `${v.dankai > prev.dankai ? '+' : '−'}${Math.abs(v.dankai - prev.dankai)}段階`],
    ['段階判定の所得', formatYen(b.hantei_shotoku), formatYen(a.hantei_shotoku), formatSagaku((a.hantei_shotoku ?? 0) - (b.hantei_shotoku ?? 0))],
    ['保険料の年額', formatYen(b.hokenryo_nengaku), formatYen(a.hokenryo_nengaku), formatSagaku((a.hokenryo_nengaku ?? 0) - (b.hokenryo_nengaku ?? 0))],
    ['月数', `${b.tsukisu ?? ''}か月`, `${a.tsukisu ?? ''}か月`, (a.tsukisu ?? 0) === (b.tsukisu ?? 0) ? '変更なし' : `${(a.tsukisu ?? 0) - (b.tsukisu ?? 0)}か月`],
  ];
}

function sagakuTable(v, prev) {
  return h('table', { class: 'list amounts sagaku', 'data-testid': 'kosei-sagaku' },
    h('caption', {}, `更正の内容（第${prev.version}版 → 第${v.version}版）`),
    h('thead', {}, h('tr', {}, ['項目', '更正前', '更正後', '差'].map((t, i) => h('th', { scope: 'col', class: i ? 'yen' : null }, t)))),
    h('tbody', {}, koseiRows(v, prev).map(([label, mae, ato, sa]) => h('tr', {},
      h('th', { scope: 'row' }, label), h('td', { class: 'yen' }, mae), h('td', { class: 'yen' }, ato), h('td', { class: 'yen' }, sa)))),
    h('tfoot', {}, h('tr', { class: 'total' }, h('th', { scope: 'row' }, '賦課額'), yenCell(prev.nengaku), yenCell(v.nengaku),
      h('td', { class: `yen ${v.sagaku > 0 ? 'plus' : v.sagaku < 0 ? 'minus' : ''}` }, formatSagaku(v.sagaku)))));
}

function versionCard(v, prev, latest) {
  return h('article', { class: `card version${latest ? ' latest' : ''}`, 'data-version': v.version, 'aria-labelledby': `version-${v.version}` },
    h('h3', { id: `version-${v.version}` }, `第${v.version}版　`,
      h('span', { class: `badge fuka-${v.kosei ? 'kosei' : 'tosho'}` }, kubunLabel(v)),
      latest ? h('span', { class: 'badge badge-latest' }, '現在の保険料') : null),
    h('p', { class: 'muted' }, `処理年月日 ${wareki(v.shorinengappi)}　被保険者番号 ${v.hihokensha_bango || '（未付番）'}`,
      prev ? `　前の版（第${prev.version}版 ${formatYen(prev.nengaku)}）から ${formatSagaku(v.sagaku)}` : ''),
    prev ? sagakuTable(v, prev) : null,
    kekkaView(v.kekka, { konkyoTitle: `算定根拠（第${v.version}版）` }));
}
