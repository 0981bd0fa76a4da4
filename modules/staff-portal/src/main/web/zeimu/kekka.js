// An assessment as the service computed it (KojinJuminzeiFuka, ChoshuKeikaku): the 年税額 first, then
// 所得 → 所得控除 → 課税標準 → 市民税・県民税 (所得割・均等割) → 森林環境税, the 普通徴収 instalments, and the
// 算定根拠. Only values the service returned are shown; nothing is recomputed here.

import { h } from '../core/dom.js';
import { codeLabel } from './codes.js';
import { formatYen, nengetsu, yenCell, zeimokuMei } from './format.js';
import { konkyoList } from './konkyo.js';

const SHOTOKU = [
  ['kyuyo_shunyu', '給与収入'], ['kyuyo_shotoku_kojogo', '給与所得控除後の金額'],
  ['chosei_kojo_kosodate', '所得金額調整控除（子ども・特別障害者等）'], ['chosei_kojo_kyuyo_nenkin', '所得金額調整控除（給与・年金）'],
  ['kyuyo_shotoku', '給与所得'], ['koteki_nenkin_shunyu', '公的年金等の収入金額'], ['koteki_nenkin_shotoku', '公的年金等に係る雑所得'],
  ['jigyo_shotoku', '事業所得'], ['fudosan_shotoku', '不動産所得'], ['haito_shotoku', '配当所得'],
  ['zatsu_shotoku_sonota', '雑所得（公的年金等以外）'], ['sonota_shotoku', 'その他の所得'],
];
const SHOTOKU_GOKEI = [['gokei_shotoku_kingaku', '合計所得金額'], ['so_shotoku_kingaku_to', '総所得金額等']];
const KOJO = [
  ['shakai_hokenryo', '社会保険料控除'], ['shokibo_kigyo_kyosai_kakekin', '小規模企業共済等掛金控除'],
  ['seimei_hokenryo', '生命保険料控除'], ['jishin_hokenryo', '地震保険料控除'], ['iryohi', '医療費控除'], ['zasson', '雑損控除'],
  ['shogaisha', '障害者控除'], ['kafu', '寡婦控除'], ['hitorioya', 'ひとり親控除'], ['kinro_gakusei', '勤労学生控除'],
  ['haigusha', '配偶者控除'], ['haigusha_tokubetsu', '配偶者特別控除'], ['fuyo', '扶養控除'],
  ['tokutei_shinzoku_tokubetsu', '特定親族特別控除'], ['kiso', '基礎控除'],
];
// [item, label, always shown, subtracted]
const ZEIGAKU = [
  ['sanshutsu_zeigaku', '算出税額（所得割）', true], ['chosei_kojo', '調整控除', true, true],
  ['haito_kojo', '配当控除', false, true], ['jutaku_loan_kojo', '住宅借入金等特別税額控除', false, true],
  ['kifukin_kojo', '寄附金税額控除', false, true], ['shotokuwari', '所得割額（税額控除後）', false],
  ['teigaku_genzei', '定額減税（特別税額控除）', false, true], ['shotokuwari_saishu', '所得割額（100円未満切捨て）', true],
  ['kintowari', '均等割額', true],
];

const nonZero = (v) => typeof v === 'number' && v !== 0;

function amountTable(caption, rows, totals) {
  return h('table', { class: 'list amounts' },
    h('caption', {}, caption),
    h('tbody', {},
      rows.map(([label, v, key]) => h('tr', { 'data-item': key }, h('th', { scope: 'row' }, label), yenCell(v))),
      totals.map(([label, v, key]) => h('tr', { class: 'total', 'data-item': key }, h('th', { scope: 'row' }, label), yenCell(v)))));
}

/** The 年税額 and its parts, large: what the clerk tells the citizen first. */
export function nenzeigakuBox(fuka) {
  const mei = zeimokuMei(fuka.dantai_mei, { shi: fuka.shi?.bubun, ken: fuka.ken?.bubun });
  const parts = [[mei.shi, fuka.shi?.zeigaku], [mei.ken, fuka.ken?.zeigaku]];
  if (nonZero(fuka.shinrin_kankyozei)) parts.push(['森林環境税（国税）', fuka.shinrin_kankyozei]);
  return h('div', { class: 'nenzeigaku' },
    h('span', { class: 'nenzeigaku-label' }, `${fuka.nendo_label || ''} 年税額`),
    h('strong', { 'data-testid': 'nenzeigaku' }, formatYen(fuka.nenzeigaku)),
    h('span', { class: 'nenzeigaku-parts' }, parts.map(([l, v], i) => [i ? ' ＋ ' : '', `${l} ${formatYen(v ?? 0)}`])),
    isKaokushikiKazei(fuka)
      ? h('p', { class: 'notice', 'data-testid': 'hikazei' }, '家屋敷課税（均等割のみ。所得割は住所地の団体が課します）')
      : hikazeiNote(fuka.hikazei));
}

/** 家屋敷課税 (地方税法第294条第1項第2号): the service writes the 所得割's rate as not levied. */
export function isKaokushikiKazei(fuka) {
  return fuka?.shi?.zeiritsu === '課さない（家屋敷課税）';
}

function hikazeiNote(k) {
  if (!k) return null;
  const riyu = k.riyu ? `（${k.riyu}）` : '';
  if (k.zengaku_hikazei) return h('p', { class: 'notice', 'data-testid': 'hikazei' }, `非課税${riyu}`);
  if (k.kintowari_hikazei) return h('p', { class: 'notice', 'data-testid': 'hikazei' }, `均等割・所得割とも非課税${riyu}`);
  if (k.shotokuwari_hikazei) return h('p', { class: 'notice', 'data-testid': 'hikazei' }, `所得割は非課税（均等割のみ課税）${riyu}`);
  return null;
}

/** 所得, 所得控除, 課税標準 and the tax of each part, as tables. */
export function fukaUchiwake(fuka) {
  const s = fuka.shotoku || {};
  const k = fuka.kojo || {};
  const mei = zeimokuMei(fuka.dantai_mei, { shi: fuka.shi?.bubun, ken: fuka.ken?.bubun });
  const shi = fuka.shi || {};
  const ken = fuka.ken || {};
  const zeigakuRows = ZEIGAKU.filter(([key, , always]) => always || nonZero(shi[key]) || nonZero(ken[key]));
  const signed = (v, minus) => (minus && nonZero(v) ? `−${formatYen(v)}` : formatYen(v ?? 0));
  return h('div', { class: 'uchiwake' },
    h('div', { class: 'uchiwake-grid' },
      amountTable('所得', SHOTOKU.filter(([key]) => nonZero(s[key])).map(([key, l]) => [l, s[key], key]),
        SHOTOKU_GOKEI.map(([key, l]) => [l, s[key] ?? 0, key])),
      amountTable('所得控除', KOJO.filter(([key]) => nonZero(k[key])).map(([key, l]) => [l, k[key], key]),
        [['所得控除の合計', k.gokei ?? 0, 'gokei']]),
      amountTable('課税標準', [], [['課税総所得金額（1,000円未満切捨て）', fuka.kazei_soshotoku_kingaku, 'kazei_soshotoku_kingaku']])),
    h('table', { class: 'list amounts zeigaku' },
      h('caption', {}, '税額'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col', class: 'yen' }, mei.shi), h('th', { scope: 'col', class: 'yen' }, mei.ken))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, '所得割の税率'), h('td', { class: 'yen' }, shi.zeiritsu || ''), h('td', { class: 'yen' }, ken.zeiritsu || '')),
        zeigakuRows.map(([key, label, , minus]) => h('tr', { 'data-item': key }, h('th', { scope: 'row' }, label),
          h('td', { class: 'yen' }, signed(shi[key], minus)), h('td', { class: 'yen' }, signed(ken[key], minus)))),
        h('tr', { class: 'total', 'data-item': 'zeigaku' }, h('th', { scope: 'row' }, '税額'), yenCell(shi.zeigaku ?? 0), yenCell(ken.zeigaku ?? 0)),
        h('tr', { 'data-item': 'shinrin_kankyozei' }, h('th', { scope: 'row' }, '森林環境税（国税・均等割と併せて徴収）'),
          h('td', { class: 'yen', colspan: 2 }, formatYen(fuka.shinrin_kankyozei ?? 0))),
        h('tr', { class: 'total grand' }, h('th', { scope: 'row' }, '年税額'), h('td', { class: 'yen', colspan: 2 }, formatYen(fuka.nenzeigaku))))));
}

/** The instalments of 普通徴収 (期別, 納期, 税額) and their sum. */
export function kibetsuTable(choshu, { caption } = {}) {
  const rows = choshu?.kibetsu || [];
  return h('table', { class: 'list amounts kibetsu', 'data-testid': 'kibetsu' },
    h('caption', {}, caption || `${codeLabel('choshu_hoho', choshu?.hoho || 'futsu_choshu')}の期別税額`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '期別'), h('th', { scope: 'col' }, '納期'), h('th', { scope: 'col', class: 'yen' }, '税額'))),
    h('tbody', {}, rows.map((k) => h('tr', { 'data-kibetsu': k.kibetsu },
      h('th', { scope: 'row' }, k.kibetsu), h('td', {}, nengetsu(k.nengetsu)), yenCell(k.zeigaku)))),
    h('tfoot', {}, h('tr', { class: 'total' }, h('th', { scope: 'row' }, '合計'), h('td', {}), yenCell(choshu?.zeigaku ?? 0))));
}

/** The whole result of a 試算 (or of one stored version): the box, the breakdown, the instalments, the 算定根拠. */
export function kekkaView(fuka, choshu, { konkyoOpen = true } = {}) {
  return [
    nenzeigakuBox(fuka),
    fukaUchiwake(fuka),
    kibetsuTable(choshu),
    konkyoList(fuka.santei_konkyo, { open: konkyoOpen }),
  ];
}
