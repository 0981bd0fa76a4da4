// 固定資産税・都市計画税 as the service computed it (KoteishisanzeiKeisan): the 年税額 first, then each parcel's
// 課税標準 (住宅用地特例 — the 本則 columns — and 負担調整措置 — the 課税標準額 columns), each house's 課税標準 and
// 新築住宅減額, the 免税点 per kind of asset (地方税法第351条), the two taxes, the 期別税額 and the 算定根拠.
// Only values the service returned are shown; nothing is recomputed here but sums of the parts it returned.

import { h } from '../core/dom.js';
import { contractLabel } from './codes.js';
import { dantaiName, formatYen, nengetsu, yenCell } from './format.js';
import { konkyoList } from './konkyo.js';
import { menseki } from './daicho.js';

const sum = (...n) => n.reduce((a, v) => a + (typeof v === 'number' ? v : 0), 0);
const th = (labels, from = 0) => h('thead', {}, h('tr', {}, labels.map((t, i) => h('th', { scope: 'col', class: i >= from && from ? 'yen' : null }, t))));

export function koteiNenzeigakuBox(f) {
  return h('div', { class: 'nenzeigaku' },
    h('span', { class: 'nenzeigaku-label' }, `${f.nendo_label || ''} 年税額`),
    h('strong', { 'data-testid': 'nenzeigaku' }, formatYen(f.nenzeigaku)),
    h('span', { class: 'nenzeigaku-parts' }, `固定資産税 ${formatYen(f.kotei_zeigaku ?? 0)} ＋ 都市計画税 ${formatYen(f.toshi_zeigaku ?? 0)}`));
}

function mensekiUchiwake(t) {
  const parts = [['小規模住宅用地', t.shokibo_menseki], ['一般住宅用地', t.ippan_menseki], ['非住宅用地', t.hijutaku_menseki]]
    .filter(([, v]) => typeof v === 'number' && v > 0);
  return parts.length ? parts.map(([l, v], i) => [i ? h('br') : null, `${l} ${menseki(v)}`]) : '—';
}

export function tochiTable(rows) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list amounts kotei-tochi', 'data-testid': 'kotei-tochi' },
    h('caption', {}, '土地の課税標準（住宅用地特例・負担調整措置）'),
    th(['土地', '区分', '面積の内訳', '評価額', '固定 本則（特例後）', '固定 課税標準額', '都計 本則（特例後）', '都計 課税標準額'], 3),
    h('tbody', {}, rows.map((t) => h('tr', { 'data-tochi': t.tochi_id },
      h('th', { scope: 'row' }, t.label || t.tochi_id, t.label && t.tochi_id && t.label !== t.tochi_id ? h('small', {}, ` ${t.tochi_id}`) : null),
      h('td', {}, t.kubun ? contractLabel('kazei_kubun', t.kubun) : ''), h('td', {}, mensekiUchiwake(t)), yenCell(t.hyokagaku),
      yenCell(sum(t.honsoku_kotei_jutaku, t.honsoku_kotei_hijutaku)), yenCell(sum(t.kotei_jutaku, t.kotei_hijutaku), { 'data-item': 'kotei' }),
      yenCell(sum(t.honsoku_toshi_jutaku, t.honsoku_toshi_hijutaku)), yenCell(sum(t.toshi_jutaku, t.toshi_hijutaku), { 'data-item': 'toshi' }))))),
    h('p', { class: 'muted' }, '本則: 評価額に住宅用地特例（小規模 1/6・一般 1/3、都市計画税 1/3・2/3）を適用した額。課税標準額: 前年度の課税標準額による負担調整措置の後の額（1,000円未満切捨て前の内訳は算定根拠を参照）。'));
}

export function kaokuTable(rows) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'list amounts kotei-kaoku', 'data-testid': 'kotei-kaoku' },
    h('caption', {}, '家屋の課税標準と新築住宅減額'),
    th(['家屋', '固定 課税標準額', '都計 課税標準額', '新築住宅減額', '減額の年度'], 1),
    h('tbody', {}, rows.map((k) => h('tr', { 'data-kaoku': k.kaoku_id },
      h('th', { scope: 'row' }, k.label || k.kaoku_id, k.label && k.kaoku_id && k.label !== k.kaoku_id ? h('small', {}, ` ${k.kaoku_id}`) : null),
      yenCell(k.kotei_kazei_hyojun), yenCell(k.toshi_kazei_hyojun), yenCell(k.shinchiku_gengaku ?? 0, { 'data-item': 'shinchiku_gengaku' }),
      h('td', { class: 'yen' }, k.gengaku_nendo ? `${k.gengaku_nensu}年度分のうち${k.gengaku_nendo}年度目` : 'なし'))))));
}

export function shuruiTable(rows) {
  return h('table', { class: 'list amounts kotei-shurui', 'data-testid': 'kotei-menzeiten' },
    h('caption', {}, '免税点（種類ごとの課税標準額の合計）'),
    th(['種類', '固定 合計', '都計 合計', '免税点', '判定'], 1),
    h('tbody', {}, rows.map((s) => h('tr', { 'data-shurui': s.shurui },
      h('th', { scope: 'row' }, s.name_ja || s.shurui), yenCell(s.kotei_gokei), yenCell(s.toshi_gokei), yenCell(s.menzeiten),
      h('td', { class: 'yen' }, s.kazei ? '課税' : h('span', { class: 'badge' }, '免税点未満（課税しない）'))))));
}

export function zeigakuTable(f) {
  const rows = [
    ['kotei_kazei_hyojungaku', '固定資産税 課税標準額（1,000円未満切捨て）', f.kotei_kazei_hyojungaku],
    ['kotei_sanshutsu_zeigaku', '固定資産税 算出税額', f.kotei_sanshutsu_zeigaku],
    ['shinchiku_gengaku', '新築住宅減額', f.shinchiku_gengaku ? -f.shinchiku_gengaku : 0],
    ['kotei_zeigaku', '固定資産税額（100円未満切捨て）', f.kotei_zeigaku, true],
    ['toshi_kazei_hyojungaku', '都市計画税 課税標準額（1,000円未満切捨て）', f.toshi_kazei_hyojungaku],
    ['toshi_zeigaku', '都市計画税額（100円未満切捨て）', f.toshi_zeigaku, true],
  ];
  return h('table', { class: 'list amounts zeigaku' },
    h('caption', {}, '税額'),
    h('tbody', {},
      rows.map(([key, label, v, total]) => h('tr', { 'data-item': key, class: total ? 'total' : null },
        h('th', { scope: 'row' }, label), h('td', { class: 'yen' }, v < 0 ? `−${formatYen(-v)}` : formatYen(v ?? 0)))),
      h('tr', { class: 'total grand', 'data-item': 'nenzeigaku' }, h('th', { scope: 'row' }, '年税額'), yenCell(f.nenzeigaku))));
}

/** The 期別税額 (Kibetsu: 期別, 納期, 税額) and their sum. */
export function koteiKibetsuTable(kibetsu, caption = '期別税額') {
  const rows = kibetsu || [];
  return h('table', { class: 'list amounts kibetsu', 'data-testid': 'kibetsu' },
    h('caption', {}, caption),
    th(['期別', '納期', '税額'], 2),
    h('tbody', {}, rows.map((k) => h('tr', { 'data-kibetsu': k.kibetsu },
      h('th', { scope: 'row' }, k.kibetsu), h('td', {}, nengetsu(k.nengetsu)), yenCell(k.zeigaku)))),
    h('tfoot', {}, h('tr', { class: 'total' }, h('th', { scope: 'row' }, '合計'), h('td', {}), yenCell(sum(...rows.map((k) => k.zeigaku))))));
}

/** The whole computation: the box, the parcels and houses, the 免税点, the taxes, the instalments, the 算定根拠. */
export function koteiKekkaView(f, { konkyoOpen = true, konkyoTitle } = {}) {
  return [
    koteiNenzeigakuBox(f),
    h('p', { class: 'muted' }, dantaiName(f.dantai_mei), f.shikuchosonkodo ? `（${f.shikuchosonkodo}）` : ''),
    (f.tochi || []).length ? tochiTable(f.tochi) : null,
    (f.kaoku || []).length ? kaokuTable(f.kaoku) : null,
    (f.shurui || []).length ? shuruiTable(f.shurui) : null,
    h('div', { class: 'uchiwake-grid' }, zeigakuTable(f), koteiKibetsuTable(f.kibetsu)),
    konkyoList(f.santei_konkyo, { open: konkyoOpen, title: konkyoTitle }),
  ];
}
