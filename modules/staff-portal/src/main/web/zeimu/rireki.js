// 賦課履歴 (GET /v1/kojin-juminzei/fuka/{atenabango}?nendo=): every version of the 年度 as it was decided
// (当初賦課, then each 更正 with its reason and the difference per instalment), the 算定根拠 of each
// foldable. A summary table first, so the clerk sees at a glance how the tax moved.

import { h } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { shienBanner, shienProblemBox } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { formatSagaku, formatYen, nendoLabel, nengetsu, shinkokuLabel, wareki, yenCell } from './format.js';
import { fukaUchiwake, kibetsuTable, nenzeigakuBox } from './kekka.js';
import { konkyoList } from './konkyo.js';
import { nozeiTsuchishoButton, shotokuKazeiForm } from './shomei.js';
import { tokuchoGimusha } from './tokucho.js';

export async function rirekiView(ctx, body, p, nendo) {
  const box = h('section', { class: 'card', 'aria-labelledby': 'rireki-title' },
    h('h2', { id: 'rireki-title' }, `賦課履歴（${nendoLabel(nendo)}）`), h('p', { class: 'loading' }, '読み込み中…'));
  body.append(box);
  let r;
  try {
    r = await ctx.clients.zeimu.get(`/v1/kojin-juminzei/fuka/${encodeURIComponent(p.atenabango)}?nendo=${nendo}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    if (e.status === 404) {
      box.lastChild.replaceWith(h('p', { class: 'empty', 'data-testid': 'rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`,
        h('a', { href: link('zeimu', p.atenabango, nendo, 'fuka') }, '賦課する')));
    } else {
      shienBanner(ctx.banner, e);
      box.lastChild.replaceWith(shienProblemBox(e));
    }
    return;
  }
  const versions = r.versions || [];
  box.lastChild.replaceWith(summaryTable(versions));
  box.append(h('h3', { class: 'shomei-title' }, '証明書・通知書'), shotokuKazeiForm(ctx, p, nendo));
  // the latest version first: that is the tax in force; the earlier ones follow as the record of how it came about
  body.append(...[...versions].reverse().map((v, i) => versionCard(v, versions[versions.indexOf(v) - 1], i === 0,
    nozeiTsuchishoButton(ctx, p, nendo, v.version))));
}

function summaryTable(versions) {
  return h('table', { class: 'list', 'data-testid': 'rireki-summary' },
    h('caption', { class: 'sr-only' }, '賦課の版の一覧'),
    h('thead', {}, h('tr', {}, ['版', '区分', '処理年月日', '申告', '年税額', '前の版との差', '更正の理由']
      .map((t) => h('th', { scope: 'col', class: t === '年税額' || t === '前の版との差' ? 'yen' : null }, t)))),
    h('tbody', {}, versions.map((v, i) => h('tr', { 'data-version': v.version },
      h('td', { class: 'num' }, `第${v.version}版`),
      h('td', {}, h('span', { class: `badge fuka-${v.kubun}` }, contractLabel('fuka_kubun', v.kubun))),
      h('td', {}, wareki(v.shorinengappi)),
      h('td', { class: 'num' }, shinkokuLabel(v.shinkoku_version)),
      yenCell(v.nenzeigaku, { 'data-testid': `nenzeigaku-v${v.version}` }),
      h('td', { class: 'yen' }, i === 0 ? '—' : formatSagaku(v.nenzeigaku - versions[i - 1].nenzeigaku)),
      h('td', {}, v.riyu || '')))));
}

/** The differences of a 更正 per instalment: before, after, the difference, and whether it is already due. */
export function sagakuTable(v) {
  const rows = v.kosei_sagaku || [];
  return h('table', { class: 'list amounts sagaku', 'data-testid': 'kosei-sagaku' },
    h('caption', {}, '更正による期別の差額'),
    h('thead', {}, h('tr', {}, ['期別', '納期', '更正前', '更正後', '差額', '']
      .map((t, i) => h('th', { scope: 'col', class: i >= 2 && i <= 4 ? 'yen' : null }, t)))),
    h('tbody', {}, rows.map((s) => h('tr', { 'data-kibetsu': s.kibetsu },
      h('th', { scope: 'row' }, s.kibetsu), h('td', {}, nengetsu(s.nengetsu)),
      yenCell(s.genzai), yenCell(s.koseigo),
      h('td', { class: `yen ${s.sagaku > 0 ? 'plus' : s.sagaku < 0 ? 'minus' : ''}` }, formatSagaku(s.sagaku)),
      h('td', {}, s.torai ? h('span', { class: 'badge' }, '納期到来済み') : '')))),
    h('tfoot', {}, h('tr', { class: 'total' }, h('th', { scope: 'row' }, '合計'), h('td', {}),
      yenCell(rows.reduce((a, s) => a + (s.genzai || 0), 0)), yenCell(rows.reduce((a, s) => a + (s.koseigo || 0), 0)),
      h('td', { class: 'yen' }, formatSagaku(rows.reduce((a, s) => a + (s.sagaku || 0), 0))), h('td', {}))));
}

function versionCard(v, prev, latest, nozei) {
  const kosei = v.kubun === 'kosei';
  return h('article', { class: `card version${latest ? ' latest' : ''}`, 'data-version': v.version, 'aria-labelledby': `version-${v.version}` },
    h('h3', { id: `version-${v.version}` }, `第${v.version}版　`,
      h('span', { class: `badge fuka-${v.kubun}` }, contractLabel('fuka_kubun', v.kubun)),
      latest ? h('span', { class: 'badge badge-latest' }, '現在の税額') : null),
    h('p', { class: 'muted' }, `処理年月日 ${wareki(v.shorinengappi)}　用いた申告 ${shinkokuLabel(v.shinkoku_version)}`,
      prev ? `　前の版（第${prev.version}版 ${formatYen(prev.nenzeigaku)}）から ${formatSagaku(v.nenzeigaku - prev.nenzeigaku)}` : ''),
    kosei ? h('p', { class: 'riyu' }, h('strong', {}, '更正の理由: '), v.riyu || '（記録なし）') : null,
    nenzeigakuBox(v.fuka),
    nozei,
    tokuchoGimusha(v.choshu, v.nendo),
    kibetsuTable(v.choshu, { caption: kosei ? '更正後の期別税額' : undefined }),
    kosei ? sagakuTable(v) : null,
    kosei && v.kosei_zuiji ? h('p', {}, `納期到来済みの期の差額 ${formatSagaku(v.kosei_zuiji)}（${v.kosei_zuiji > 0 ? '随時期で徴収' : '還付または充当'}）`) : null,
    h('details', { class: 'fold' }, h('summary', {}, '税額の内訳（所得・所得控除・税額）'), fukaUchiwake(v.fuka)),
    konkyoList(v.fuka?.santei_konkyo, { open: false, title: `算定根拠（第${v.version}版）` }));
}
