// What the 一括 screens (給与支払報告書の取込, 当初賦課) compute without a browser: whether a file fits the
// contract before it is sent, and how a job's progress reads (割合, 速度, 残り時間).

/** KyuyoHokokuRequest.csv maxLength (characters) and file_name maxLength, as the contract says. */
export const CSV_MAX_CHARS = 900_000;
export const FILE_NAME_MAX = 200;
/** The service refuses a request body over 1 MiB (413) whatever the CSV's length. */
export const BODY_MAX_BYTES = 1024 * 1024;

const nf = new Intl.NumberFormat('ja-JP');
export const formatCount = (n) => (typeof n === 'number' && Number.isFinite(n) ? nf.format(n) : '—');

/** A file too large to be worth reading (UTF-8 takes at least one byte per character): a message, or null. */
export function fileSizeProblem(bytes) {
  if (bytes === 0) return 'ファイルが空です。';
  if (bytes > BODY_MAX_BYTES) {
    return `ファイルが大きすぎます（${formatCount(bytes)} バイト）。取り込めるのは 1 MiB（${formatCount(BODY_MAX_BYTES)} バイト）までです。ファイルを分けてください。`;
  }
  return null;
}

/**
 * The CSV as read (UTF-8 text) against the contract: → a message, or null when it can be sent.
 * Characters are counted as the contract does (code points, so 𠮷 is one).
 */
export function csvProblem({ fileName, text }) {
  if (!fileName) return 'ファイルを選択してください。';
  if ([...fileName].length > FILE_NAME_MAX) return `ファイル名が長すぎます（${FILE_NAME_MAX}文字まで）。名前を短くしてから選択してください。`;
  if (!text || !text.trim()) return 'ファイルが空です。';
  const chars = [...text].length;
  if (chars > CSV_MAX_CHARS) {
    return `ファイルが大きすぎます（${formatCount(chars)} 文字）。取り込めるのは ${formatCount(CSV_MAX_CHARS)} 文字までです。ファイルを分けてください。`;
  }
  const bytes = new TextEncoder().encode(JSON.stringify({ file_name: fileName, csv: text })).length;
  if (bytes > BODY_MAX_BYTES) {
    return `ファイルが大きすぎます（送信すると ${formatCount(bytes)} バイト）。取り込めるのは 1 MiB までです。ファイルを分けてください。`;
  }
  return null;
}

/** 処理済み / 対象 as a whole percentage (floor: 100 only when all are done). */
export function progressPercent({ processed, total, status } = {}) {
  if (!total) return status === 'done' ? 100 : 0;
  return Math.max(0, Math.min(100, Math.floor((processed / total) * 100)));
}

/** 処理速度: 12.5 人/秒, 1,234 人/秒; '—' before there is one. */
export function formatRate(rate) {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0) return '—';
  return rate < 100 ? `${rate.toFixed(1)} 人/秒` : `${nf.format(Math.round(rate))} 人/秒`;
}

/** 残り時間: 45秒, 3分20秒, 2時間5分; 0 once done; 計算中 before the service can tell. */
export function formatEta(seconds, status) {
  if (status === 'done') return 'なし（完了）';
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '計算中';
  const s = Math.round(seconds);
  if (s < 60) return `約${s}秒`;
  if (s < 3600) return `約${Math.floor(s / 60)}分${s % 60 ? `${s % 60}秒` : ''}`;
  const m = Math.round((s % 3600) / 60);
  return `約${Math.floor(s / 3600)}時間${m ? `${m}分` : ''}`;
}

export const STATUS_LABELS = { running: '実行中', done: '完了' };
export const statusLabel = (s) => STATUS_LABELS[s] ?? String(s ?? '');

/** The counts of ToshoFukaProgress, in the order the screen shows them. */
export const TOSHO_COUNTS = [
  ['assessed', '賦課'], ['mishinkoku', '未申告'], ['hitaisho', '対象外'], ['skipped', '賦課済み'], ['errors', 'エラー'],
];

/** The job is finished: no more polling. */
export const isDone = (p) => p?.status === 'done';
