// 金額 (amounts in yen) as clerks type and read them. The services take whole yen as JSON numbers and
// refuse text, so the screen turns what was typed — 3,000,000 / ３００００００ / 3000000円 / ▲50,000 —
// into a number first, and says at the field when it cannot (nothing is sent then).

/** The largest amount the contracts accept (999,999,999,999 円). */
export const KINGAKU_MAX = 999_999_999_999;

const ZENKAKU_DIGIT = /[０-９]/g;
// ▲ / △ are how Japanese accounts write a loss (赤字); the minus signs a keyboard or IME may produce
const MINUS = /^[-－−‐▲△]/;

/**
 * Reads an amount typed by a clerk.
 * @param {string} text
 * @param {{ negative?: boolean }} [o] negative: a loss may be entered (事業所得, 不動産所得)
 * @returns {{ value?: number, error?: 'kata'|'fu'|'keta' }} {} when empty
 *   kata: not a whole number of yen; fu: a minus where none is allowed; keta: beyond KINGAKU_MAX
 */
export function parseKingaku(text, { negative = false } = {}) {
  let s = String(text ?? '').replace(/[\s\u3000]/g, '').replace(ZENKAKU_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0));
  if (s === '') return {};
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1);
  }
  s = s.replace(/^[¥￥]/, '').replace(/円$/, '').replace(/，/g, ',');
  // commas only where they group thousands: 30,00 is a typing error, not 3,000
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(s)) return { error: 'kata' };
  const value = Number(s.replace(/,/g, ''));
  if (value > KINGAKU_MAX) return { error: 'keta' };
  if (sign < 0 && value !== 0 && !negative) return { error: 'fu' };
  return { value: sign < 0 && value !== 0 ? -value : value };
}

/** The message for an amount that could not be read, naming the item. */
export function kingakuMessage(label, error) {
  if (error === 'fu') return `${label}にマイナスは入力できません`;
  if (error === 'keta') return `${label}は999,999,999,999円以下で入力してください`;
  return `${label}は円単位の数字で入力してください（例: 3,000,000）`;
}

/** 1234567 → '1,234,567' (a loss as -1,234,567); not a number → ''. */
export function formatKingaku(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** 116500 → '116,500円'. */
export function formatYen(n) {
  const s = formatKingaku(n);
  return s ? `${s}円` : '';
}

/** A difference with its sign, as on a 更正 notice: +12,000円 / −3,000円 / 0円. */
export function formatSagaku(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  if (n === 0) return '0円';
  return `${n > 0 ? '+' : '−'}${formatKingaku(Math.abs(n))}円`;
}
