// 納税義務者 (GET /v1/nozeigimusha/{atenabango}?nendo=) for one 年度, with the tabs 照会 / 申告の入力 /
// 賦課 / 賦課履歴. The 年度 is part of the address (#/zeimu/<宛名番号>/<年度>/<tab>), so a clerk can
// switch it without losing the tab, and a bookmark opens the same screen.

import { h, nodes } from '../core/dom.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { fail } from '../core/shien.js';
import { codeLabel, contractLabel } from './codes.js';
import { dateCell, dl, fukakijitsuLabel, jotaiBadge, nameBlock, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { fukaView } from './fuka.js';
import { kaokushikiView } from './kaokushiki.js';
import { rirekiView } from './rireki.js';
import { shokyakuView } from './shokyaku.js';
import { sozokuView } from './sozoku.js';
import { shinkokuView } from './shinkoku.js';

const TABS = [['', '照会'], ['shinkoku', '申告の入力'], ['fuka', '賦課'], ['rireki', '賦課履歴']];
// a 住登外者 files no 申告 here: their tax is the 家屋敷課税 on the places they hold (kaokushiki.js)
const JUTOGAI_TABS = [['', '照会'], ['kaokushiki', '事務所・家屋敷'], ['fuka', '賦課'], ['rireki', '賦課履歴']];
// a 法人 pays no 個人住民税: its taxes here are 固定資産税 (償却資産 among them) and 軽自動車税
const HOJIN_TABS = [['', '照会'], ['shokyaku', '償却資産申告']];
// a deceased taxpayer's documents go to the 相続人代表者 (地方税法第9条の2)
const SOZOKU_TAB = ['sozoku', '相続人代表者'];

function tabsOf(p) {
  if (p.hojin_bango) return HOJIN_TABS;
  const tabs = p.kubun === 'jutogai' ? JUTOGAI_TABS : TABS;
  return p.jumin_jotai === 'shibo' ? [...tabs, SOZOKU_TAB] : tabs;
}

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '#/zeimu' }, '← 納税義務者照会に戻る'));
}

export async function nozeigimushaView(ctx, { atenabango, nendo: nendoText, tab }) {
  const nendo = Number(nendoText);
  ctx.show(h('p', { class: 'loading' }, '読み込み中…'));
  let p;
  try {
    p = await ctx.clients.zeimu.get(`/v1/nozeigimusha/${encodeURIComponent(atenabango)}?nendo=${nendo}`);
  } catch (e) {
    if (!isUnauthenticated(e)) {
      fail(ctx, e);
      ctx.main.prepend(backLink());
    }
    return;
  }
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const nendoSelect = h('select', { id: 'f-shokai-nendo', onchange: (ev) => { location.hash = link('zeimu', p.atenabango, ev.target.value, tab); } },
    choices.map(nendoOption).map(([v, l]) => h('option', { value: v, selected: Number(v) === nendo }, l)));
  const head = h('section', { class: 'card person-head', 'aria-labelledby': 'person-title' },
    backLink(),
    h('h1', { id: 'person-title' }, nameBlock(p)),
    h('p', { class: 'person-meta' },
      // one badge: resident records' state (住民, 転出 …), or 住登外者 for those registered here
      `宛名番号 ${p.atenabango}　`, p.kubun === 'jutogai'
        ? h('span', { class: 'badge kubun-jutogai' }, contractLabel('nozeigimusha_kubun', p.kubun))
        : jotaiBadge(p.jumin_jotai)),
    h('div', { class: 'nendo-switch' }, h('label', { for: 'f-shokai-nendo' }, '年度'), nendoSelect),
    h('nav', { class: 'tabs', 'aria-label': '業務の選択' },
      tabsOf(p).map(([k, label]) => h('a', { href: link('zeimu', p.atenabango, nendo, k), 'aria-current': (tab || '') === k ? 'page' : null }, label))));
  const body = h('div', { class: 'tab-body' });
  ctx.show(head, body);
  if (p.hojin_bango && !['shokyaku', ''].includes(tab || '')) shokaiView(body, p, nendo);
  else if (tab === 'shinkoku') shinkokuView(ctx, body, p, nendo);
  else if (tab === 'fuka') fukaView(ctx, body, p, nendo);
  else if (tab === 'rireki') rirekiView(ctx, body, p, nendo);
  else if (tab === 'kaokushiki' && p.kubun === 'jutogai') kaokushikiView(ctx, body, p, nendo);
  else if (tab === 'shokyaku') shokyakuView(ctx, body, p, nendo);
  else if (tab === 'sozoku' && p.jumin_jotai === 'shibo') sozokuView(ctx, body, p);
  else shokaiView(body, p, nendo);
}

/** Whether this municipality taxes the person for the 年度 (地方税法第294条・第318条: the address on 1月1日). */
export function fukakijitsuText(p, nendo) {
  if (p.hojin_bango) return '法人（住登外者として登録）';
  if (p.kubun === 'jutogai') return '住登外者（この団体に住民登録なし）';
  if (p.fukakijitsu_jumin === true) return `はい（${fukakijitsuLabel(nendo)}にこの団体の住民）`;
  if (p.fukakijitsu_jumin === false) return `いいえ（${fukakijitsuLabel(nendo)}にこの団体の住民ではありません）`;
  return '';
}

function shokaiView(body, p, nendo) {
  const go = (k, label) => h('a', { class: 'button-link', href: link('zeimu', p.atenabango, nendo, k) }, label);
  body.append(...nodes([
    h('section', { class: 'card', 'aria-labelledby': 'kihon-title' },
      h('h2', { id: 'kihon-title' }, '納税義務者'),
      dl([
        ['宛名番号', p.atenabango],
        ['区分', p.kubun === 'jumin' ? '住民（住民記録から取り込み）' : contractLabel('nozeigimusha_kubun', p.kubun)],
        ...(p.hojin_bango
          ? [['法人番号', h('span', { 'data-testid': 'shokai-hojin-bango' }, p.hojin_bango)],
            ['名称', h('span', { 'data-testid': 'shokai-shimei' }, p.shimei)], ['フリガナ', p.shimei_furigana], ['所在地', p.jusho]]
          : [['氏名', h('span', { 'data-testid': 'shokai-shimei' }, p.shimei)], ['フリガナ', p.shimei_furigana],
            ['生年月日', dateCell(p.seinengappi)], ['性別', codeLabel('seibetsu', p.seibetsu)], ['住所', p.jusho]]),
        ['住民状態', jotaiBadge(p.jumin_jotai)],
        [`${nendoLabel(nendo)}の賦課期日に住民`, h('span', { 'data-testid': 'fukakijitsu' }, fukakijitsuText(p, nendo))],
      ])),
    p.fukakijitsu_jumin === false && p.kubun === 'jumin'
      ? h('p', { class: 'notice', role: 'status' }, `${nendoLabel(nendo)}の賦課期日（${fukakijitsuLabel(nendo)}）にこの団体の住民ではないため、この年度の個人住民税はこの団体では賦課できません（地方税法第318条）。`)
      : null,
    h('section', { class: 'card', 'aria-labelledby': 'gyomu-title' },
      h('h2', { id: 'gyomu-title' }, `${nendoLabel(nendo)}の業務`),
      h('p', { class: 'actions' }, ...(p.hojin_bango ? [go('shokyaku', '償却資産申告を見る')]
        : [p.kubun === 'jutogai' ? go('kaokushiki', '事務所・家屋敷を見る') : go('shinkoku', '申告を入力する'),
          go('fuka', '賦課する'), go('rireki', '賦課履歴を見る')]))),
    // the same person's 固定資産税・都市計画税 and 軽自動車税 (kotei-*.js, kei-*.js)
    h('section', { class: 'card', 'aria-labelledby': 'hoka-title' },
      h('h2', { id: 'hoka-title' }, 'ほかの税目'),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link', href: link('zeimu', 'kotei', 'shoyu', p.atenabango, nendo) }, '固定資産（所有資産）'),
        h('a', { class: 'button-link', href: link('zeimu', 'kotei', 'rireki', p.atenabango, nendo) }, '固定資産税の賦課履歴'),
        h('a', { class: 'button-link', href: link('zeimu', p.atenabango, nendo, 'shokyaku') }, '償却資産申告'),
        h('a', { class: 'button-link', href: link('zeimu', 'kei', 'shoyu', p.atenabango) }, '軽自動車（所有車両）'),
        h('a', { class: 'button-link', href: link('zeimu', 'kei', 'fuka', p.atenabango, nendo) }, '軽自動車税の賦課')))]));
}
