// 住民照会, with the tabs 照会 / 転居届 / 転出届 / 住民票の写し

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { codeLabel } from './codes.js';
import { birth, dateCell, dl, jotaiBadge, jushoText, nameBlock, wareki } from './format.js';
import { juminhyoView } from './juminhyo.js';
import { fail, juminProblemBox, shienBanner } from './shien.js';
import { tenkyoView } from './tenkyo.js';
import { tenshutsuView } from './tenshutsu.js';

const TABS = [['', '照会'], ['tenkyo', '転居届'], ['tenshutsu', '転出届'], ['juminhyo', '住民票の写し']];

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/jumin' }, '← 検索結果に戻る'));
}

export async function juminView(ctx, { atenabango, tab }) {
  ctx.show(h('p', { class: 'loading' }, '読み込み中…'));
  let p;
  try {
    p = await ctx.clients.jumin.get(`/v1/jumin/${encodeURIComponent(atenabango)}`);
  } catch (e) {
    if (!isUnauthenticated(e)) {
      fail(ctx, e);
      ctx.main.prepend(backLink());
    }
    return;
  }
  const head = h('section', { class: 'card person-head', 'aria-labelledby': 'person-title' },
    backLink(),
    h('h1', { id: 'person-title' }, nameBlock(p)),
    h('p', { class: 'person-meta' },
      `宛名番号 ${p.atenabango}　世帯番号 ${p.setaibango}　`, jotaiBadge(p.jumin_jotai), ' ',
      h('span', { class: 'badge' }, codeLabel('jumin_shubetsu', p.jumin_shubetsu))),
    h('nav', { class: 'tabs', 'aria-label': '業務の選択' },
      TABS.map(([k, label]) => h('a', { href: `#/jumin/${p.atenabango}${k ? `/${k}` : ''}`, 'aria-current': (tab || '') === k ? 'page' : null }, label))));
  const body = h('div', { class: 'tab-body' });
  ctx.show(head, body);
  if (tab === 'tenkyo') tenkyoView(ctx, body, p);
  else if (tab === 'tenshutsu') tenshutsuView(ctx, body, p);
  else if (tab === 'juminhyo') juminhyoView(ctx, body, p);
  else shokaiView(ctx, body, p);
}

function shokaiView(ctx, body, p) {
  const g = p.gaikokujin;
  const jusho = p.jusho || {};
  body.append(...nodes([
    h('section', { class: 'card', 'aria-labelledby': 'kihon-title' },
      h('h2', { id: 'kihon-title' }, '記載事項'),
      dl([
        ['氏名', p.shimei], ['フリガナ', p.shimei_furigana], ['旧氏', p.kyuji && `${p.kyuji}（${p.kyuji_furigana || ''}）`],
        ['生年月日', birth(p)], ['性別', codeLabel('seibetsu', p.seibetsu)],
        ['世帯主', p.setainushi ? '本人' : p.setainushi_shimei], ['続柄', p.zokugara],
        ['住所', jushoText(jusho)], ['郵便番号', jusho.jusho_yubinbango && `〒${jusho.jusho_yubinbango.slice(0, 3)}-${jusho.jusho_yubinbango.slice(3)}`],
        ['方書フリガナ', jusho.jusho_katagaki_furigana],
        ['本籍', p.honseki], ['筆頭者', p.hittosha],
        ['住民となった年月日', dateCell(p.jumintonattanengappi)], ['住所を定めた年月日', dateCell(p.jushoosadametanengappi)],
        ['転入前住所', p.tennyumaejusho], ['転出先住所', p.tenshutsusakijusho],
        ['住民票コード', p.juminhyokodo],
        ['最新の異動', p.idojiyu && `${p.idojiyu}（異動 ${wareki(p.idonengappi) || '—'}・届出 ${wareki(p.todokedenengappi) || '—'}・処理 ${wareki(p.shorinengappi)}）`],
        ['履歴番号', p.rirekibango],
      ])),
    g ? h('section', { class: 'card', 'aria-labelledby': 'gaikoku-title' },
      h('h2', { id: 'gaikoku-title' }, '外国人住民の記載事項'),
      dl([
        ['氏名（ローマ字）', g.shimei_gaikokujinromaji], ['氏名（漢字）', g.shimei_gaikokujinkanji],
        ['通称', g.tsusho && `${g.tsusho}${g.tsusho_furigana ? `（${g.tsusho_furigana}）` : ''}`],
        ['国籍・地域', g.kokuseki_chiiki], ['法第30条の45に規定する区分', codeLabel('hodai30jono45kubun', g.hodai30jono45kubun)],
        ['在留資格', g.zairyushikaku], ['在留期間等', g.zairyukikan], ['在留期間等の満了の日', dateCell(g.zairyukikan_manryonengappi)],
        ['在留カード等番号', g.zairyukadobango],
      ])) : null]));
  const setaiBox = h('section', { class: 'card', 'aria-labelledby': 'setai-title' }, h('h2', { id: 'setai-title' }, `世帯員（世帯番号 ${p.setaibango}）`), h('p', { class: 'loading' }, '読み込み中…'));
  const rirekiBox = h('section', { class: 'card', 'aria-labelledby': 'rireki-title' }, h('h2', { id: 'rireki-title' }, '異動履歴'), h('p', { class: 'loading' }, '読み込み中…'));
  body.append(setaiBox, rirekiBox);
  const api = ctx.clients.jumin;
  const failed = (box) => (e) => { if (!isUnauthenticated(e) && !shienBanner(ctx.banner, e)) box.lastChild.replaceWith(juminProblemBox(e)); };

  api.get(`/v1/setai/${encodeURIComponent(p.setaibango)}`).then((s) => {
    setaiBox.lastChild.replaceWith(h('table', { class: 'list' },
      h('caption', { class: 'sr-only' }, '世帯員の一覧'),
      h('thead', {}, h('tr', {}, ['続柄', '氏名', '生年月日', '性別', '宛名番号', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, s.members.map((m) => h('tr', { class: m.atenabango === p.atenabango ? 'self' : null },
        h('td', {}, m.zokugara || ''),
        h('td', {}, m.atenabango === p.atenabango ? nameBlock(m) : h('a', { href: `#/jumin/${m.atenabango}` }, nameBlock(m))),
        h('td', {}, birth(m)), h('td', {}, codeLabel('seibetsu', m.seibetsu)),
        h('td', { class: 'num' }, m.atenabango), h('td', {}, jotaiBadge(m.jumin_jotai)))))));
  }).catch(failed(setaiBox));

  api.get(`/v1/jumin/${encodeURIComponent(p.atenabango)}/rireki`).then((r) => {
    rirekiBox.lastChild.replaceWith(h('table', { class: 'list' },
      h('caption', { class: 'sr-only' }, '異動履歴（履歴番号の昇順）'),
      h('thead', {}, h('tr', {}, ['履歴番号', '異動事由', '異動年月日', '届出年月日', '処理年月日', '住所', '世帯番号', '状態'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.items.map((x) => h('tr', {},
        h('td', { class: 'num' }, x.rirekibango, x.torikeshi_rirekibango ? h('small', {}, `（${x.torikeshi_rirekibango} を取消し）`) : null),
        h('td', {}, x.idojiyu), h('td', {}, dateCell(x.idonengappi)), h('td', {}, dateCell(x.todokedenengappi)),
        h('td', {}, dateCell(x.shorinengappi)), h('td', {}, jushoText(x.jusho)), h('td', { class: 'num' }, x.setaibango),
        h('td', {}, jotaiBadge(x.jumin_jotai)))))));
  }).catch(failed(rirekiBox));
}
