import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eraTable, formatNen, formatNendo, formatNengetsu, formatWareki, isIsoDate, todayIso } from '../../main/web/core/wareki.js';
import { CODE_TABLES } from './built.js';

const ERAS = eraTable(CODE_TABLES['resident-records'].gengo.values);

test('dates in each era of the standard table, the first year written 元年', () => {
  assert.equal(formatWareki('1980-04-01', ERAS), '昭和55年4月1日');
  assert.equal(formatWareki('2024-02-01', ERAS), '令和6年2月1日');
  assert.equal(formatWareki('2019-05-01', ERAS), '令和元年5月1日');
  assert.equal(formatWareki('2019-04-30', ERAS), '平成31年4月30日');
  assert.equal(formatWareki('1989-01-07', ERAS), '昭和64年1月7日');
  assert.equal(formatWareki('1989-01-08', ERAS), '平成元年1月8日');
  assert.equal(formatWareki('1926-12-25', ERAS), '昭和元年12月25日');
  assert.equal(formatWareki('1912-07-30', ERAS), '大正元年7月30日');
  assert.equal(formatWareki('1912-07-29', ERAS), '明治45年7月29日');
  assert.equal(formatWareki('1868-01-25', ERAS), '明治元年1月25日');
});

test('before the first 元号, not a date, or empty: shown as given', () => {
  assert.equal(formatWareki('1868-01-24', ERAS), '1868-01-24');
  assert.equal(formatWareki('2024-02-30', ERAS), '2024-02-30');
  assert.equal(formatWareki('令和6年2月1日', ERAS), '令和6年2月1日');
  assert.equal(formatWareki('', ERAS), '');
  assert.equal(formatWareki(undefined, ERAS), '');
});

test('a new 元号 is a row in the table, not code', () => {
  const eras = eraTable([...CODE_TABLES['resident-records'].gengo.values, { name_ja: '新元号', start_date: '2040-01-01' }]);
  assert.equal(formatWareki('2039-12-31', eras), '令和21年12月31日');
  assert.equal(formatWareki('2040-01-01', eras), '新元号元年1月1日');
  assert.equal(formatWareki('2041-03-03', eras), '新元号2年3月3日');
});

test('the table is ordered by start date and checked', () => {
  const eras = eraTable([{ name_ja: '令和', start_date: '2019-05-01' }, { name_ja: '平成', start_date: '1989-01-08' }]);
  assert.deepEqual(eras.map((e) => e.name), ['平成', '令和']);
  assert.throws(() => eraTable([{ name_ja: '令和', start_date: '2019/05/01' }]), /元号の定義が不正/);
  assert.throws(() => eraTable([]), /元号の定義がありません/);
});

test('isIsoDate refuses dates that do not exist', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.equal(isIsoDate('2024-13-01'), false);
  assert.equal(isIsoDate('20240201'), false);
});

test('today is the date in Japan', () => {
  // 2024-03-31 20:00 UTC is already 2024-04-01 in Tokyo
  assert.equal(todayIso(new Date(Date.UTC(2024, 2, 31, 20, 0)), 'Asia/Tokyo'), '2024-04-01');
  assert.equal(todayIso(new Date(Date.UTC(2024, 2, 31, 14, 59)), 'Asia/Tokyo'), '2024-03-31');
});

test('年度 and 年分 by the 元号 in force at the end of the year (2019 is 令和元年度)', () => {
  assert.equal(formatNendo(2025, ERAS), '令和7年度');
  assert.equal(formatNendo(2021, ERAS), '令和3年度');
  assert.equal(formatNendo('2026', ERAS), '令和8年度');
  assert.equal(formatNendo(2019, ERAS), '令和元年度');
  assert.equal(formatNendo(1989, ERAS), '平成元年度');
  assert.equal(formatNendo(2018, ERAS), '平成30年度');
  assert.equal(formatNen(2024, ERAS), '令和6年');
  assert.equal(formatNen(1800, ERAS), '1800年', 'before the first 元号: 西暦');
  assert.equal(formatNendo('令和7', ERAS), '令和7', 'not a year: as given');
  assert.equal(formatNendo(undefined, ERAS), '');
});

test('納期 YYYY-MM in 和暦', () => {
  assert.equal(formatNengetsu('2025-06', ERAS), '令和7年6月');
  assert.equal(formatNengetsu('2026-01', ERAS), '令和8年1月');
  assert.equal(formatNengetsu('2019-04', ERAS), '平成31年4月');
  assert.equal(formatNengetsu('2019-05', ERAS), '令和元年5月');
  assert.equal(formatNengetsu('2025-6', ERAS), '2025-6');
  assert.equal(formatNengetsu(undefined, ERAS), '');
});
