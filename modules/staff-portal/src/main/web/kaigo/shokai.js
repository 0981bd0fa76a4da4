// 被保険者照会 (GET /v1/hihokensha/{atenabango}) with the tabs 資格 / 保険料の賦課 / 賦課履歴 / 負担割合 / 要介護認定
// (#/kaigo/hihokensha/<宛名番号>[/<年度>/<tab> | /nintei]): the person, whether a 第1号被保険者 today, the 被保険者番号,
// 住所地特例 and 適用除外施設, and the 資格 history as the service recorded it (取得・喪失・継続 with the fact's date, 事由,
// 根拠条文 and the facility of a 届出; a correction is a new line, never an edit). A 支援措置 refusal (403 shien-sochi) is
// the banner with the service's own Japanese message.

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { rolesOf } from '../departments.js';
import { fail } from '../core/shien.js';
import { codeLabel, contractLabel } from './codes.js';
import { dateCell, defaultNendo, dl, futanNendoOption, hihokenshaBadge, nameBlock, NENDO_CHOICES, nendoOption, wareki } from './format.js';
import { fukaView } from './fuka.js';
import { futanWariaiView } from './futan-wariai.js';
import { ninteiView } from './nintei.js';
import { rirekiView } from './rireki.js';

export const CLERK_ROLE = 'kaigo-clerk';
// [tab, label, needs a 年度, for the clerk only]
const TABS = [['', '資格', false], ['fuka', '保険料の賦課', true, true], ['rireki', '賦課履歴', true], ['futan-wariai', '負担割合', true],
  ['nintei', '要介護認定', false]];

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/kaigo' }, '← 被保険者照会に戻る'));
}

/** The address of a tab of the person (a 年度 tab in the given 年度, else today's). */
export function tabLink(atenabango, tab, nendo = defaultNendo()) {
  const t = TABS.find(([k]) => k === (tab || ''));
  return t?.[2] ? link('kaigo', 'hihokensha', atenabango, nendo, tab) : link('kaigo', 'hihokensha', atenabango, tab);
}

export async function hihokenshaView(ctx, { atenabango, nendo: nendoText, tab = '' }) {
  ctx.show(h('p', { class: 'loading' }, '読み込み中…'));
  let p;
  try {
    p = await ctx.clients.kaigo.get(`/v1/hihokensha/${encodeURIComponent(atenabango)}`);
  } catch (e) {
    if (!isUnauthenticated(e)) {
      fail(ctx, e);
      ctx.main.prepend(backLink());
    }
    return;
  }
  const clerk = rolesOf(ctx.auth.claims()).has(CLERK_ROLE);
  const nendo = nendoText ? Number(nendoText) : defaultNendo();
  const withNendo = TABS.find(([k]) => k === tab)?.[2];
  const head = personHead(p, { tab, nendo, withNendo, clerk });
  const body = h('div', { class: 'tab-body' });
  ctx.show(head, body);
  if (tab === 'fuka' && clerk) fukaView(ctx, body, p, nendo);
  else if (tab === 'rireki') rirekiView(ctx, body, p, nendo);
  else if (tab === 'futan-wariai') futanWariaiView(ctx, body, p, nendo);
  else if (tab === 'nintei') ninteiView(ctx, body, p, { clerk });
  else body.append(...shikakuScreen(p, { clerk }));
}

function personHead(p, { tab, nendo, withNendo, clerk }) {
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const nendoSelect = h('select', { id: 'f-hihokensha-nendo', onchange: (ev) => { location.hash = tabLink(p.atenabango, tab, ev.target.value); } },
    choices.map(tab === 'futan-wariai' ? futanNendoOption : nendoOption).map(([v, l]) => h('option', { value: v, selected: Number(v) === nendo }, l)));
  return h('section', { class: 'card person-head', 'aria-labelledby': 'person-title' },
    backLink(),
    h('h1', { id: 'person-title' }, nameBlock(p)),
    h('p', { class: 'person-meta' }, `宛名番号 ${p.atenabango}　`,
      p.hihokensha_bango ? h('span', { 'data-testid': 'hihokensha-bango' }, `被保険者番号 ${p.hihokensha_bango}　`) : null,
      h('span', { 'data-testid': 'hihokensha-jotai' }, hihokenshaBadge(p.hihokensha)),
      p.jushochi_tokurei ? h('span', { class: 'badge tokurei', 'data-testid': 'tokurei' }, '住所地特例') : null,
      p.tekiyo_jogai ? h('span', { class: 'badge jogai', 'data-testid': 'jogai' }, '適用除外施設に入所中') : null),
    withNendo ? h('div', { class: 'nendo-switch' }, h('label', { for: 'f-hihokensha-nendo' }, '年度'), nendoSelect) : null,
    h('nav', { class: 'tabs', 'aria-label': '業務の選択' },
      TABS.filter(([, , , clerkOnly]) => clerk || !clerkOnly).map(([k, label]) => h('a', { href: tabLink(p.atenabango, k, nendo),
        'aria-current': tab === k ? 'page' : null }, label))));
}

/** The 資格 tab (pure: for the unit tests too). */
export function shikakuScreen(p, { clerk = true } = {}) {
  return nodes([
    h('section', { class: 'card', 'aria-labelledby': 'kihon-title' },
      h('h2', { id: 'kihon-title' }, '被保険者'),
      dl([
        ['宛名番号', p.atenabango],
        ['氏名', p.shimei], ['フリガナ', p.shimei_furigana],
        ['生年月日', dateCell(p.seinengappi)], ['続柄', p.zokugara],
        ['住民状態', codeLabel('jumin_jotai', p.jumin_jotai)],
        ['世帯番号', p.setaibango],
        ['65歳到達日', p.nenrei_totatsubi ? h('span', {}, dateCell(p.nenrei_totatsubi), h('small', { class: 'muted' }, '（誕生日の前日）')) : null],
        ['被保険者区分', p.hihokensha_kubun ? codeLabel('hihokensha_kubun', p.hihokensha_kubun) : null],
        ['被保険者番号', p.hihokensha_bango ? h('span', { class: 'num' }, p.hihokensha_bango) : '（未付番）'],
        ['介護保険の資格', h('span', { 'data-testid': 'shikaku-genzai' }, genzaiText(p))],
        ['住所地特例', p.jushochi_tokurei ? '適用中（他市町村の施設に入所していますが、この市町村の被保険者です。介護保険法第13条）' : 'なし'],
        ['適用除外施設', p.tekiyo_jogai ? '入所中（介護保険法施行法第11条により被保険者としません）' : 'なし'],
      ]),
      clerk ? h('p', { class: 'actions' },
        h('a', { class: 'button-link', href: link('kaigo', 'todokede', p.atenabango) }, '資格の届出を入力する'),
        h('a', { class: 'button-link', href: link('kaigo', 'nintei', 'shinsei', p.atenabango) }, '認定の申請を受け付ける')) : null),
    h('section', { class: 'card', 'aria-labelledby': 'rireki-title' },
      h('h2', { id: 'rireki-title' }, '資格の履歴'),
      h('p', { class: 'muted' }, '履歴は書き換えず、訂正も新しい履歴として加えます。喪失日はその日から被保険者でない日です（転出・死亡の翌日、介護保険法第11条）。'),
      rirekiTable(p.shikaku_rireki || [])),
    p.dai2go_rireki?.length ? h('section', { class: 'card', 'aria-labelledby': 'dai2go-rireki-title' },
      h('h2', { id: 'dai2go-rireki-title' }, '第2号被保険者の資格の履歴'),
      h('p', { class: 'muted' }, '40〜64歳の医療保険加入者（介護保険法第9条第2号）として、要介護認定の申請の際に記録した資格です。65歳到達日に第1号被保険者となります（被保険者番号は同じ）。'),
      rirekiTable(p.dai2go_rireki)) : null,
  ]);
}

/** The person's qualification today, in words. */
export function genzaiText(p) {
  if (p.hihokensha) return `第1号被保険者（${wareki(p.shikaku_shutokubi) || '取得日不明'}取得）`;
  const d2 = (p.dai2go_kikan || []).at(-1);
  if (p.dai2go && d2) return `第2号被保険者（${wareki(d2.shutokubi)}から。要介護認定の申請で記録）`;
  if (p.shikaku_soshitsubi) return `被保険者でない（${wareki(p.shikaku_soshitsubi)}喪失）`;
  if (p.nenrei_totatsubi) return `被保険者でない（65歳到達日 ${wareki(p.nenrei_totatsubi)} に取得します）`;
  return '被保険者でない（資格の取得なし）';
}

/** Where a line came from: the clerk's 届出 (its kind is the 事由), resident records' change (変更番号), or the 65歳到達 run. */
function origin(r) {
  if (r.todokede_shubetsu) return '届出';
  if (r.henko_bango !== undefined && r.henko_bango !== null) return `住民記録（変更番号 ${r.henko_bango}）`;
  if (r.shikaku_ido_jiyu === 'nenrei_totatsu') return '65歳到達の処理';
  return '';
}

function shisetsu(r) {
  if (!r.shisetsu_mei && !r.shisetsu_shozaichi) return '';
  return h('span', { class: 'shisetsu' }, r.shisetsu_mei || '', r.shisetsu_shozaichi ? h('small', {}, `（${r.shisetsu_shozaichi}）`) : null);
}

export function rirekiTable(rows) {
  if (!rows.length) return h('p', { class: 'empty', 'data-testid': 'rireki-empty' }, '資格の履歴はありません（第1号被保険者の資格を取得したことがありません）。');
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list shikaku-rireki kaigo-rireki', 'data-testid': 'shikaku-rireki' },
    h('caption', { class: 'sr-only' }, '資格の取得・喪失の履歴'),
    h('thead', {}, h('tr', {}, ['番号', '異動', '事由', '異動年月日', '効力日（取得日・喪失日）', '施設', '根拠条文', '処理年月日', '記録元']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-rireki': r.rirekibango },
      h('td', { class: 'num' }, r.rirekibango),
      h('td', {}, h('span', { class: `badge ido-${r.ido_kubun}` }, contractLabel('ido_kubun', r.ido_kubun))),
      h('td', { class: 'jiyu', 'data-testid': 'jiyu' }, r.shikaku_ido_jiyu_mei || codeLabel('shikaku_ido_jiyu', r.shikaku_ido_jiyu)),
      h('td', {}, dateCell(r.idonengappi)),
      h('td', { 'data-testid': 'koryokubi' }, dateCell(r.koryokubi)),
      h('td', { class: 'shisetsu-cell' }, shisetsu(r)),
      h('td', { class: 'legal' }, r.legal_basis),
      h('td', {}, dateCell(r.shorinengappi)),
      h('td', { class: 'origin' }, origin(r)))))));
}
