// 土地・家屋の照会 (GET /v1/koteishisanzei/tochi/{tochi_id}, …/kaoku/{kaoku_id}): every version, oldest first, with
// its 異動日 (when it takes effect) and 処理日 (when it was recorded); and 所有資産 (GET …/shoyusha/{atenabango}
// ?nendo=): what an owner held on the 賦課期日 of a 年度, alone or as a co-owner, per taxpayer group.

import { h } from '../core/dom.js';
import { link } from '../core/router.js';
import { contractLabel } from './codes.js';
import { textField } from './controls.js';
import { hai, loadInto, menseki, nendoSelect, screenCard, shoyushaCell } from './daicho.js';
import { dateCell, defaultNendo, nendoLabel, wareki, yenCell } from './format.js';
import { DAICHO } from './kotei-toroku.js';

const th = (labels, yen = []) => h('thead', {}, h('tr', {}, labels.map((t) => h('th', { scope: 'col', class: yen.includes(t) ? 'yen' : null }, t))));

/** The columns of a version table per register (label, cell). */
const COLUMNS = {
  tochi: [
    ['所在・地番', (v) => `${v.shozai} ${v.chiban}`], ['地目（現況/登記）', (v) => `${v.chimoku_genkyo || ''}／${v.chimoku_toki || ''}`],
    ['地積', (v) => menseki(v.chiseki)], ['区分', (v) => contractLabel('kazei_kubun', v.kazei_kubun)],
    ['戸数・住宅床面積', (v) => (v.kosu ? `${v.kosu}戸 ${menseki(v.jutaku_yuka_menseki)}` : '—')], ['市街化区域', (v) => hai(v.shigaika_kuiki)],
  ],
  kaoku: [
    ['所在・家屋番号', (v) => `${v.shozai || ''} ${v.kaoku_bango}`], ['種類・構造', (v) => `${v.shurui || ''}・${v.kozo || ''}${v.taika_kozo ? '（耐火・準耐火）' : ''}`],
    ['床面積（居住部分）', (v) => `${menseki(v.yuka_menseki)}（${menseki(v.kyoju_menseki)}）`], ['建築年月日', (v) => wareki(v.shinchiku_nengappi)],
    ['階数', (v) => (v.kaisu ? `${v.kaisu}階` : '')], ['市街化区域', (v) => hai(v.shigaika_kuiki)],
  ],
};

/** A search box by 番号 (T… / K…) on the register's 照会 screen. */
function lookupForm(d, value) {
  const form = h('form', { class: 'search inline', novalidate: true },
    h('div', { class: 'grid' }, textField('bango', `${d.title}の番号`, { value, hint: d.id === 'tochi' ? 'T + 9桁（例: T000000001）' : 'K + 9桁（例: K000000001）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会'),
      h('a', { href: link('zeimu', 'kotei', d.id) }, `${d.title}を登録する`)));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = form.elements.bango.value.trim().toUpperCase();
    if (v) location.hash = link('zeimu', 'kotei', d.id, v);
  });
  return form;
}

export function shokaiView(kind) {
  return (ctx, { id } = {}) => daichoShokai(ctx, DAICHO[kind], id);
}

async function daichoShokai(ctx, d, id) {
  const card = screenCard(`${d.id}-shokai-title`, `${d.title}の照会`, `${d.title}の全ての版を古い順に表示します。異動日はその版が効力を持つ日、処理日は記録した日です。照会はアクセスログに記録されます。`,
    lookupForm(d, id || ''));
  ctx.show(card);
  if (!id) return;
  const list = h('section', { class: 'card', 'aria-labelledby': `${d.id}-versions-title` }, h('h2', { id: `${d.id}-versions-title` }, `${d.title} ${id}`));
  ctx.main.append(list);
  const r = await loadInto(ctx, list, `${d.path}/${encodeURIComponent(id)}`,
    { onMissing: () => h('p', { class: 'empty' }, `${d.title} ${id} は台帳にありません。`) });
  if (!r) return;
  const versions = r.versions || [];
  const latest = versions.at(-1);
  list.append(
    h('p', { class: 'actions' }, h('a', { class: 'button-link', href: link('zeimu', 'kotei', d.id, id, 'ido') }, '異動を記録する（新しい版）'),
      latest.shometsu ? h('span', { class: 'badge' }, '滅失（台帳から消えた）') : null),
    h('div', { class: 'table-scroll' }, h('table', { class: 'list versions', 'data-testid': `${d.id}-versions` },
      h('caption', { class: 'sr-only' }, `${d.title}の版の一覧`),
      th(['版', '異動日', '処理日', '異動事由', ...COLUMNS[d.id].map(([l]) => l), '評価額', '所有者（持分）'], ['評価額']),
      h('tbody', {}, versions.map((v) => h('tr', { 'data-version': v.version, class: v === latest ? 'latest' : null },
        h('td', { class: 'num' }, `第${v.version}版`), h('td', {}, dateCell(v.ido_bi)), h('td', {}, dateCell(v.shorinengappi)),
        h('td', {}, v.ido_jiyu, v.shometsu ? '（滅失）' : ''),
        COLUMNS[d.id].map(([, f]) => h('td', {}, f(v))),
        yenCell(v.hyokagaku), h('td', {}, shoyushaCell(v.shoyusha, v.daihyosha))))))));
}

/** 所有資産: the owner's land and houses on the 賦課期日 of a 年度, per taxpayer group (単独 / 共有). */
export async function shoyuView(ctx, { atenabango, nendo: nendoText } = {}) {
  const nendo = Number(nendoText) || defaultNendo();
  const form = h('form', { class: 'search', novalidate: true },
    h('div', { class: 'grid' }, textField('atenabango', '宛名番号', { value: atenabango || '', inputmode: 'numeric', required: true }), nendoSelect('kotei', nendo)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = form.elements.atenabango.value.trim();
    if (a) location.hash = link('zeimu', 'kotei', 'shoyu', a, form.elements.nendo.value);
  });
  ctx.show(screenCard('shoyu-title', '所有資産（固定資産税）', '賦課期日（1月1日）にこの人が所有していた土地・家屋を、納税義務者（単独所有、または共有者の組）ごとに表示します。', form));
  if (!atenabango) return;
  const box = h('section', { class: 'card', 'aria-labelledby': 'shoyu-list-title' }, h('h2', { id: 'shoyu-list-title' }, `${atenabango} の${nendoLabel(nendo)}の所有資産`));
  ctx.main.append(box);
  const r = await loadInto(ctx, box, `/v1/koteishisanzei/shoyusha/${encodeURIComponent(atenabango)}?nendo=${nendo}`);
  if (!r) return;
  box.append(h('p', { class: 'muted' }, `賦課期日 ${wareki(r.fukakijitsu)}`),
    h('p', { class: 'actions' },
      h('a', { class: 'button-link', href: link('zeimu', 'kotei', 'rireki', atenabango, nendo) }, '賦課履歴・証明書'),
      h('a', { href: link('zeimu', 'kotei', 'shisan', nendo, atenabango) }, 'この資産で試算する')));
  if (!r.nozeigimusha.length) {
    box.append(h('p', { class: 'empty', 'data-testid': 'shoyu-empty' }, `${nendoLabel(nendo)}の賦課期日に所有していた土地・家屋はありません。`));
    return;
  }
  for (const g of r.nozeigimusha) box.append(groupCard(g, nendo));
}

function groupCard(g, nendo) {
  const kyoyu = g.shoyusha.length > 1;
  return h('article', { class: 'card nozeigimusha-group', 'data-shoyusha-key': g.shoyusha_key },
    h('h3', {}, kyoyu ? `共有（${g.shoyusha.length}人）` : '単独所有', '　', h('span', { class: 'muted' }, `納税義務者 ${g.shoyusha_key}`)),
    kyoyu ? h('p', {}, '共有者: ', shoyushaCell(g.shoyusha, g.daihyosha)) : null,
    g.tochi.length ? assetTable('土地', g.tochi.map((t) => [t.tochi_id, 'tochi', `${t.han.shozai} ${t.han.chiban}`, `${t.han.chimoku_genkyo || ''} ${menseki(t.han.chiseki)}`, t.han])) : null,
    g.kaoku.length ? assetTable('家屋', g.kaoku.map((k) => [k.kaoku_id, 'kaoku', `${k.han.shozai || ''} ${k.han.kaoku_bango}`, `${k.han.shurui || ''} ${menseki(k.han.yuka_menseki)}`, k.han])) : null,
    h('p', { class: 'actions' }, h('a', { class: 'button-link', href: link('zeimu', 'kotei', 'fuka', nendo, g.shoyusha_key) }, 'この納税義務者に賦課する')));
}

function assetTable(title, rows) {
  return h('table', { class: 'list', 'data-testid': `shoyu-${title === '土地' ? 'tochi' : 'kaoku'}` },
    h('caption', {}, title),
    th(['番号', '所在', '内容', '版', '評価額', '持分'], ['評価額']),
    h('tbody', {}, rows.map(([id, kind, shozai, naiyo, han]) => h('tr', {},
      h('td', {}, h('a', { href: link('zeimu', 'kotei', kind, id) }, id)), h('td', {}, shozai), h('td', {}, naiyo),
      h('td', { class: 'num' }, `第${han.version}版`), yenCell(han.hyokagaku),
      h('td', {}, (han.shoyusha || []).map((s) => s.mochibun).filter(Boolean).join('・') || '単独')))));
}
