// How the 介護保険課 screens show a 要介護・要支援認定 (NinteiShinsei, NinteiKikan): the 申請 with its 30-day deadline
// (処分の期限, 介護保険法第27条第11項; moved by a 延期の通知 to its 見込日), the steps 認定調査 → 主治医意見書 → 介護認定審査会 →
// 決定 with their dates, the decision and its 有効期間. Only what the service returned; the days are the service's count.

import { h } from '../core/dom.js';
import { contractLabel } from './codes.js';
import { dateCell, dl, kikanText, nokoriText, wareki } from './format.js';

const STEPS = ['chosa', 'ikensho', 'shinsakai', 'kettei'];

/** The next step an undecided application is waiting for (認定調査 first). */
export function nextStep(s) {
  const done = new Set((s.tetsuzuki || []).map((t) => t.shubetsu));
  return STEPS.find((k) => !done.has(k)) || 'kettei';
}

/** 要介護2 as a badge (非該当 too). */
export function yokaigodoBadge(kekka, attrs = {}) {
  return h('span', { class: `badge yokaigodo yokaigodo-${kekka}`, ...attrs }, contractLabel('yokaigodo', kekka));
}

/** The application's state: 決定済, 期限超過, or 審査中. */
export function jotaiBadge(s) {
  if (s.kettei) return h('span', { class: 'badge nintei-kettei', 'data-testid': 'nintei-jotai' }, '決定済');
  if (s.chien) return h('span', { class: 'badge nintei-chien', 'data-testid': 'nintei-jotai' }, '期限超過');
  return h('span', { class: 'badge nintei-shinsa', 'data-testid': 'nintei-jotai' }, '審査中');
}

/** The deadline in words: 令和8年12月10日まで（あと9日）; for a decided application just the date. */
export function kigenBox(s) {
  const moved = s.kigen && s.kigen !== s.shori_kigen;
  return dl([
    ['申請区分', s.shinsei_kubun_mei || contractLabel('shinsei_kubun', s.shinsei_kubun)],
    ['申請年月日', dateCell(s.shinseibi)],
    ['処分の期限（申請日から30日）', h('span', { 'data-testid': 'shori-kigen' }, dateCell(s.shori_kigen))],
    ['延期の通知による期限（処分の見込日）', moved ? h('span', { 'data-testid': 'kigen' }, dateCell(s.kigen)) : null],
    ['期限まで', s.kettei ? null : h('strong', { class: s.chien ? 'kigen-chien' : 'kigen-nokori', 'data-testid': 'nokori' }, nokoriText(s.nokori_nissu))],
    ['根拠条文', h('span', { class: 'legal' }, s.legal_basis)],
  ]);
}

/** The four steps, each done (with its date) or waiting. */
export function stepsTrack(s) {
  const last = (k) => (s.tetsuzuki || []).filter((t) => t.shubetsu === k).at(-1);
  const item = (label, date, done, key) => h('li', { class: done ? 'done' : 'todo', 'data-step': key },
    h('span', { class: 'step-label' }, label), h('span', { class: 'step-date' }, done ? dateCell(date) : '未了'));
  return h('ol', { class: 'nintei-steps', 'data-testid': 'nintei-steps', 'aria-label': '認定の手続の進み具合' },
    item('申請', s.shinseibi, true, 'shinsei'),
    STEPS.map((k) => item(contractLabel('tetsuzuki', k), last(k)?.jisshibi, Boolean(last(k)), k)));
}

/** The decision and its 有効期間 (null before the decision). */
export function ketteiBox(n) {
  if (!n) return null;
  return h('div', { class: 'nintei-kekka', 'data-testid': 'nintei-kekka' },
    h('strong', {}, '認定の結果: '), yokaigodoBadge(n.kekka),
    n.yuko_kaishibi ? h('span', {}, `　有効期間 ${kikanText(n.yuko_kaishibi, n.yuko_shuryobi)}`) : null,
    n.koshin_kanobi ? h('span', { class: 'muted' }, `　更新申請は ${wareki(n.koshin_kanobi)}から`) : null);
}

/** Every step as recorded (記録の順), with who recorded it. */
export function tetsuzukiTable(rows) {
  if (!rows.length) return h('p', { class: 'empty', 'data-testid': 'tetsuzuki-empty' }, 'まだ手続の記録はありません。');
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list tetsuzuki', 'data-testid': 'tetsuzuki' },
    h('caption', { class: 'sr-only' }, '手続の記録'),
    h('thead', {}, h('tr', {}, ['手続', '実施日', '記録した職員', '結果・有効期間', '延期の理由・処分の見込日', '備考'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((t) => h('tr', { 'data-shubetsu': t.shubetsu },
      h('td', {}, t.shubetsu_mei || contractLabel('tetsuzuki', t.shubetsu)),
      h('td', {}, dateCell(t.jisshibi)),
      h('td', {}, t.tantosha),
      h('td', {}, t.kekka ? [yokaigodoBadge(t.kekka), t.yuko_kaishibi ? ` ${kikanText(t.yuko_kaishibi, t.yuko_shuryobi)}` : ''] : ''),
      h('td', {}, t.encho_riyu ? [t.encho_riyu, t.mikomibi ? h('br') : null, t.mikomibi ? ['見込日 ', dateCell(t.mikomibi)] : null] : ''),
      h('td', {}, t.biko || ''))))));
}

/** The 認定 in force on the 業務日付, or that there is none. */
export function yukoBox(n) {
  return h('section', { class: 'card yuko-nintei', 'aria-labelledby': 'yuko-title', 'data-testid': 'yuko-nintei' },
    h('h2', { id: 'yuko-title' }, '現在有効な認定'),
    n?.kekka ? dl([
      ['要介護状態区分', yokaigodoBadge(n.kekka)],
      ['有効期間', n.yuko_kaishibi ? kikanText(n.yuko_kaishibi, n.yuko_shuryobi) : null],
      ['更新申請のできる日', n.koshin_kanobi ? h('span', {}, dateCell(n.koshin_kanobi), h('small', { class: 'muted' }, '（満了日の60日前から）')) : null],
    ]) : h('p', { class: 'empty' }, '有効な認定はありません（新規申請ができます）。'));
}
