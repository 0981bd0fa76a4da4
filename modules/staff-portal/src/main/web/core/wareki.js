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
  let era = null;
  for (const e of eras) if (e.start <= iso) era = e;
  if (!era) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  const year = y - era.startYear + 1;
  return `${era.name}${year === 1 ? '元' : year}年${m}月${d}日`;
}

/** Today's date (YYYY-MM-DD) in the municipality's time zone. */
export function todayIso(now = new Date(), timeZone = 'Asia/Tokyo') {
  return now.toLocaleDateString('sv-SE', { timeZone });
}
