// 和暦 for display. The 元号 come from a table (the standard's gengo code table, generated from
// standard-specs), so a new 元号 is a data change, not a code change.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Orders an era table ({ name_ja, start_date: 'YYYY-MM-DD' } rows) by start date, checking each row.
 * @returns {{ name: string, start: string, startYear: number }[]}
 */
export function eraTable(rows) {
  const eras = (rows || []).map((r) => {
    if (!r?.name_ja || !ISO_DATE.test(r?.start_date || '')) throw new Error(`元号の定義が不正です: ${JSON.stringify(r)}`);
    return { name: r.name_ja, start: r.start_date, startYear: Number(r.start_date.slice(0, 4)) };
  });
  if (eras.length === 0) throw new Error('元号の定義がありません');
  return eras.sort((a, b) => a.start.localeCompare(b.start));
}

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(iso) {
  const m = ISO_DATE.exec(iso || '');
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * 西暦 YYYY-MM-DD → 和暦 (令和6年4月1日; the first year is 元年). A date before the first 元号, or a
 * text that is not a date, is returned unchanged; an empty value gives ''.
 */
export function formatWareki(iso, eras) {
  if (!iso) return '';
  if (!isIsoDate(iso)) return iso;
  const w = eraYear(iso, eras);
  if (!w) return iso;
  const [, m, d] = iso.split('-').map(Number);
  return `${w}年${m}月${d}日`;
}

/** The 元号 and year of a date YYYY-MM-DD (令和元, 令和6), or null before the first 元号. */
function eraYear(iso, eras) {
  let era = null;
  for (const e of eras) if (e.start <= iso) era = e;
  if (!era) return null;
  const year = Number(iso.slice(0, 4)) - era.startYear + 1;
  return `${era.name}${year === 1 ? '元' : year}`;
}

/**
 * A year in 和暦 (令和6年), named by the 元号 in force at its end, as 年分 and 年度 are: 2019 is
 * 令和元年 (its 年度 令和元年度), although 令和 began on 5月1日. A value that is no year is returned as text.
 */
export function formatNen(year, eras) {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return String(year ?? '');
  const w = eraYear(`${y}-12-31`, eras);
  return w ? `${w}年` : `${y}年`;
}

/** 年度 (西暦の年, as the services send it) → 令和7年度. */
export function formatNendo(year, eras) {
  const n = formatNen(year, eras);
  return n.endsWith('年') ? `${n}度` : n;
}

/** 'YYYY-MM' (a 納期) → 令和7年6月, named by the 元号 on the first day of the month. */
export function formatNengetsu(ym, eras) {
  const m = /^(\d{4})-(\d{2})$/.exec(ym || '');
  if (!m) return ym || '';
  const w = eraYear(`${m[1]}-${m[2]}-01`, eras);
  return w ? `${w}年${Number(m[2])}月` : ym;
}

/** Today's date (YYYY-MM-DD) in the municipality's time zone. */
export function todayIso(now = new Date(), timeZone = 'Asia/Tokyo') {
  return now.toLocaleDateString('sv-SE', { timeZone });
}
