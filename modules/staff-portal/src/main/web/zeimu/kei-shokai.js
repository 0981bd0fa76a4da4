// 車両の照会 (GET /v1/keijidoshazei/sharyo/{sharyo_id}?kijunbi=): the version on a date and every version
// (履歴番号順, 異動日 and 処理日), with the 異動 form; and 所有車両 (GET …/nozeigimusha/{atenabango}/sharyo?kijunbi=):
// the vehicles an owner held on a date (by default 4月1日 of this 年度, the 賦課期日).

import { h } from '../core/dom.js';
import { link } from '../core/router.js';
import { contractLabel } from './codes.js';
import { textField } from './controls.js';
import { hai, loadInto, screenCard } from './daicho.js';
import { dateCell, defaultNendo, nendoLabel, nengetsu, wareki } from './format.js';
import { sharyoIdoForm } from './kei-toroku.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const kijunbiOf = (text) => (ISO.test(text || '') ? text : `${defaultNendo()}-04-01`);
const shodo = (v) => (!v ? '' : v.length === 4 ? `${v}年` : nengetsu(v));

export function sharyoRow(v) {
  return [
    h('td', {}, v.hyoshiki_bango), h('td', {}, contractLabel('shashu_kubun', v.shashu_kubun), v.haikiryo ? `（${v.haikiryo}cc）` : ''),
    h('td', {}, shodo(v.shodo_kensa_nengetsu)), h('td', {}, v.nenryo ? contractLabel('nenryo', v.nenryo) : ''),
    h('td', {}, contractLabel('green_kubun', v.green_kubun)),
  ];
}

/** #/zeimu/kei/sharyo/<id>/<kijunbi?>: the vehicle, its history and the 異動 form. */
export async function sharyoShokaiView(ctx, { sharyoId, kijunbi: k } = {}) {
  const kijunbi = kijunbiOf(k);
  const form = h('form', { class: 'search', novalidate: true },
    h('div', { class: 'grid' }, textField('sharyo_id', '車両ID', { value: sharyoId || '' }), textField('kijunbi', '基準日', { value: kijunbi, hint: 'YYYY-MM-DD（この日の版を表示）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '照会'), h('a', { href: link('zeimu', 'kei', 'sharyo') }, '車両を登録する')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = form.elements.sharyo_id.value.trim().toLowerCase();
    if (id) location.hash = link('zeimu', 'kei', 'sharyo', id, form.elements.kijunbi.value.trim());
  });
  ctx.show(screenCard('sharyo-shokai-title', '車両の照会', '基準日の版と全ての版（履歴）を表示します。照会はアクセスログに記録されます。', form));
  if (!sharyoId) return;
  const box = h('section', { class: 'card', 'aria-labelledby': 'sharyo-title' }, h('h2', { id: 'sharyo-title' }, `車両 ${sharyoId}`));
  ctx.main.append(box);
  const r = await loadInto(ctx, box, `/v1/keijidoshazei/sharyo/${encodeURIComponent(sharyoId)}?kijunbi=${kijunbi}`,
    { onMissing: () => h('p', { class: 'empty' }, 'この車両は登録されていません。') });
  if (!r) return;
  const g = r.genzai;
  box.append(g
    ? h('dl', { class: 'details', 'data-testid': 'sharyo-genzai' },
      [['基準日', wareki(r.kijunbi)], ['標識番号', g.hyoshiki_bango], ['車種区分', contractLabel('shashu_kubun', g.shashu_kubun)],
        ['総排気量', g.haikiryo ? `${g.haikiryo}cc` : ''], ['初度検査年月', shodo(g.shodo_kensa_nengetsu)],
        ['燃料', g.nenryo ? contractLabel('nenryo', g.nenryo) : ''], ['グリーン化特例', contractLabel('green_kubun', g.green_kubun)],
        ['被けん引車', hai(g.hikenin)], ['所有者', h('a', { href: link('zeimu', 'kei', 'shoyu', g.shoyusha_atenabango) }, g.shoyusha_atenabango)],
        ['使用者', g.shiyosha_atenabango || ''], ['状態', g.haisha ? h('span', { class: 'badge' }, '廃車済み') : '登録中']]
        .filter(([, v]) => v !== '').map(([dt, dd]) => [h('dt', {}, dt), h('dd', {}, dd)]))
    : h('p', { class: 'notice' }, `基準日（${wareki(r.kijunbi)}）にはまだ登録されていません。`),
    h('p', { class: 'actions' },
      g ? h('a', { class: 'button-link', href: link('zeimu', 'kei', 'genmen', sharyoId) }, '減免を申請する') : null,
      g ? h('a', { href: link('zeimu', 'kei', 'fuka', g.shoyusha_atenabango, defaultNendo()) }, '所有者の賦課へ') : null),
    h('h3', {}, '履歴'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'list versions', 'data-testid': 'sharyo-rireki' },
      h('thead', {}, h('tr', {}, ['履歴番号', '異動事由', '異動日', '申告日', '処理日', '標識番号', '車種区分', '初度検査', '燃料', 'グリーン化', '所有者', '備考']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.rireki.map((v) => h('tr', { 'data-rirekibango': v.rirekibango },
        h('td', { class: 'num' }, v.rirekibango), h('td', {}, contractLabel('sharyo_ido_jiyu', v.ido_jiyu)),
        h('td', {}, dateCell(v.idobi)), h('td', {}, dateCell(v.shinkokubi)), h('td', {}, dateCell(v.shorinengappi)),
        sharyoRow(v), h('td', {}, v.shoyusha_atenabango), h('td', {}, v.biko || '')))))));
  const latest = r.rireki.at(-1);
  if (!latest.haisha) ctx.main.append(sharyoIdoForm(ctx, sharyoId, latest));
}

/** #/zeimu/kei/shoyu/<宛名番号>/<kijunbi?>: the vehicles an owner held on the date. */
export async function keiShoyuView(ctx, { atenabango, kijunbi: k } = {}) {
  const kijunbi = kijunbiOf(k);
  const form = h('form', { class: 'search', novalidate: true },
    h('div', { class: 'grid' }, textField('atenabango', '宛名番号', { value: atenabango || '', inputmode: 'numeric', required: true }),
      textField('kijunbi', '基準日', { value: kijunbi, hint: 'YYYY-MM-DD（賦課期日は4月1日）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = form.elements.atenabango.value.trim();
    if (a) location.hash = link('zeimu', 'kei', 'shoyu', a, form.elements.kijunbi.value.trim());
  });
  ctx.show(screenCard('kei-shoyu-title', '所有車両（軽自動車税）', '基準日にこの人が所有していた軽自動車等です。', form));
  if (!atenabango) return;
  const nendo = Number(kijunbi.slice(0, 4));
  const box = h('section', { class: 'card', 'aria-labelledby': 'kei-shoyu-list-title' }, h('h2', { id: 'kei-shoyu-list-title' }, `${atenabango} の所有車両（${wareki(kijunbi)}）`));
  ctx.main.append(box);
  const r = await loadInto(ctx, box, `/v1/keijidoshazei/nozeigimusha/${encodeURIComponent(atenabango)}/sharyo?kijunbi=${kijunbi}`);
  if (!r) return;
  box.append(h('p', { class: 'actions' },
    h('a', { class: 'button-link', href: link('zeimu', 'kei', 'fuka', atenabango, nendo) }, `${nendoLabel(nendo)}の賦課・賦課履歴`),
    h('a', { href: link('zeimu', 'kei', 'sharyo') }, '車両を登録する')));
  box.append(r.sharyo.length
    ? h('table', { class: 'list', 'data-testid': 'kei-shoyu' },
      h('thead', {}, h('tr', {}, ['車両', '標識番号', '車種区分', '初度検査', '燃料', 'グリーン化', '異動日'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, r.sharyo.map((s) => h('tr', {},
        h('td', {}, h('a', { href: link('zeimu', 'kei', 'sharyo', s.sharyo_id) }, `${s.sharyo_id.slice(0, 8)}…`)),
        sharyoRow(s.version), h('td', {}, dateCell(s.version.idobi))))))
    : h('p', { class: 'empty', 'data-testid': 'kei-shoyu-empty' }, '基準日に所有していた車両はありません。'));
}
