// Amounts as clerks type them (core/kingaku.js): what becomes a number, what is refused and why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatKingaku, formatSagaku, formatYen, KINGAKU_MAX, kingakuMessage, parseKingaku } from '../../main/web/core/kingaku.js';

test('plain, grouped, full-width, with 円 or ¥, with spaces: the same number', () => {
  for (const t of ['3000000', '3,000,000', '３００００００', '３，０００，０００', '3,000,000円', '¥3,000,000', ' 3 000 000 ', '3000000　']) {
    assert.deepEqual(parseKingaku(t), { value: 3_000_000 }, t);
  }
  assert.deepEqual(parseKingaku('0'), { value: 0 });
  assert.deepEqual(parseKingaku(''), {});
  assert.deepEqual(parseKingaku('   '), {});
  assert.deepEqual(parseKingaku(undefined), {});
});

test('a loss only where the item allows it, written - − － ▲ or △', () => {
  for (const t of ['-50000', '−50,000', '－５００００', '▲50,000', '△50000円']) {
    assert.deepEqual(parseKingaku(t, { negative: true }), { value: -50_000 }, t);
    assert.deepEqual(parseKingaku(t), { error: 'fu' }, t);
  }
  assert.deepEqual(parseKingaku('-0'), { value: 0 }, 'minus zero is zero, never -0');
  assert.ok(Object.is(parseKingaku('-0', { negative: true }).value, 0));
});

test('what is not whole yen is refused, not guessed', () => {
  for (const t of ['30,00', '3,0000', '1.5', '1,000.00', '300万', 'abc', '1e6', '0x10', '--5', '3,000,', ',300']) {
    assert.deepEqual(parseKingaku(t, { negative: true }), { error: 'kata' }, t);
  }
  assert.deepEqual(parseKingaku(String(KINGAKU_MAX)), { value: KINGAKU_MAX });
  assert.deepEqual(parseKingaku('1,000,000,000,000'), { error: 'keta' });
});

test('the messages name the item', () => {
  assert.equal(kingakuMessage('給与収入', 'kata'), '給与収入は円単位の数字で入力してください（例: 3,000,000）');
  assert.equal(kingakuMessage('給与収入', 'fu'), '給与収入にマイナスは入力できません');
  assert.match(kingakuMessage('給与収入', 'keta'), /999,999,999,999円以下/);
});

test('amounts, yen and differences for display', () => {
  assert.equal(formatKingaku(116500), '116,500');
  assert.equal(formatKingaku(0), '0');
  assert.equal(formatKingaku(-1234567), '-1,234,567');
  assert.equal(formatKingaku(999), '999');
  assert.equal(formatKingaku(undefined), '');
  assert.equal(formatYen(116500), '116,500円');
  assert.equal(formatYen(null), '');
  assert.equal(formatSagaku(12000), '+12,000円');
  assert.equal(formatSagaku(-3000), '−3,000円');
  assert.equal(formatSagaku(0), '0円');
  // what is formatted reads back as the same number
  for (const n of [0, 7, 1000, 123456789, -98765]) assert.equal(parseKingaku(formatKingaku(n), { negative: true }).value, n);
});
