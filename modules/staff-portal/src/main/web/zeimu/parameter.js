// パラメータ管理 (role zeimu-admin): the values this municipality published that the law lets it choose
// (級地・指定都市・均等割の超過課税・納期 …). GET /v1/kojin-juminzei/parameters/municipalities/{code} shows the
// set in use (a loaded version or the shipped values) and every loaded version; PUT of the same path (with an
// Idempotency-Key) loads a new version from a JSON document the admin chooses, with its 出典 (required). The
// service checks it as the shipped files; what it refuses names the document's path
// (parameters.kyuchi.values[0].value), listed here path by path. Always the user's own municipality (lg_code).

import { h, nodes } from '../core/dom.js';
import { clearErrors, commandSender, showProblem } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { shienProblemBox } from '../core/shien.js';
import { textField } from './controls.js';
import { dantaiName, wareki } from './format.js';
import { formatCount } from './ikkatsu.js';

const PATH = '/v1/kojin-juminzei/parameters/municipalities/';
const MAX_CHARS = 900_000;

/** Which set a 試算 or 賦課 used (ParameterShugo): 規定 / 登録第N版 / 試算の入力. */
export function parameterSetLabel(ps) {
  if (!ps) return '';
  const kubun = { kitei: '規定（出荷時の値）', toroku: `登録第${ps.version}版`, inline: '試算の入力（保存されません）' }[ps.kubun] ?? String(ps.kubun);
  const dantai = ps.dantai_mei ? dantaiName(ps.dantai_mei) : '';
  return `${dantai}${dantai ? '（' : ''}${ps.shikuchosonkodo}${dantai ? '）' : ''}　${kubun}`;
}

/** The set in use (ParameterRireki.kubun). */
export function shiyochuLabel(r) {
  if (r.kubun === 'toroku') return `登録第${r.version}版`;
  if (r.kubun === 'kitei') return '出荷時の既定値（登録した版はありません）';
  return 'パラメータがありません（賦課・試算はできません）';
}

/** The JSON document of a file's text → { doc } or { problem } (an object is required). */
export function parameterDocument(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { problem: `JSON として読めませんでした（${e.message}）。` };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { problem: 'JSON のオブジェクト（{ … }）ではありません。' };
  return { doc };
}

/**
 * A refusal's errors split into those about the document (a path in it: parameters.kyuchi.values[0].value,
 * dantai_code …), listed path by path, and the rest (出典 at its field, the municipality at the top).
 */
export function documentErrors(errors) {
  const inDocument = [];
  const others = [];
  for (const e of errors || []) {
    if (e.field && e.field !== 'source' && e.field !== 'shikuchosonkodo') inDocument.push(e);
    else others.push(e);
  }
  return { inDocument, others };
}

/** A parameter's 年度 or range as the files write it (R7, R3..R8) in words: 令和7年度, 令和3〜8年度. */
export function nendoRangeLabel(text) {
  const m = /^R(\d{1,2})(?:\.\.R(\d{1,2}))?$/.exec(text || '');
  if (!m) return text || '';
  return m[2] ? `令和${m[1]}〜${m[2]}年度` : `令和${m[1]}年度`;
}

/** A value of a parameter as text: numbers with separators, yes/no in words, anything else as compact JSON. */
export function valueText(v) {
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  if (typeof v === 'number') return v.toLocaleString('ja-JP');
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A date-time as the clerk reads it: 令和8年12月1日 21:45（日本時間）. */
export function nichijiLabel(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((p) => [p.type, p.value]));
  return `${wareki(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}`;
}

async function readUtf8(file) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { problem: 'ファイルを UTF-8 の文字として読めませんでした。' };
  }
}

const fileProblem = (message) => new ApiError({ title: 'ファイルを登録できません', errors: [{ field: 'document', message }] });

export async function parameterView(ctx) {
  const code = ctx.auth.claims().lg_code || '';
  const current = h('section', { class: 'card', 'aria-labelledby': 'param-current-title', 'aria-live': 'polite' },
    h('h2', { id: 'param-current-title' }, '使用中のパラメータ'), h('p', { class: 'loading' }, '読み込み中…'));
  const head = h('div', { class: 'card' },
    h('h1', { id: 'param-title' }, 'パラメータ管理'),
    h('p', { class: 'muted' }, `団体（${code}）が公表した個人住民税の値（級地・指定都市・均等割の超過課税・納期など、法が団体に選ばせるもの）を版として登録します。登録した版は以後の賦課・試算に使われます。登録者・日時・出典を記録し、アクセスログに残します。`));
  ctx.show(head, current, loadForm(ctx, code, () => showCurrent(ctx, code, current)));
  await showCurrent(ctx, code, current);
}

async function showCurrent(ctx, code, box) {
  let r;
  try {
    r = await ctx.clients.zeimu.get(`${PATH}${encodeURIComponent(code)}`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    box.replaceChildren(h('h2', { id: 'param-current-title' }, '使用中のパラメータ'), shienProblemBox(e));
    return;
  }
  const versions = [...(r.versions || [])].reverse(); // the newest first
  const params = Object.entries(r.parameters?.parameters || {});
  box.replaceChildren(...nodes([
    h('h2', { id: 'param-current-title' }, '使用中のパラメータ'),
    h('dl', { class: 'details' },
      h('dt', {}, '団体'), h('dd', {}, `${dantaiName(r.dantai_mei) || ''}（${r.shikuchosonkodo}）`),
      h('dt', {}, '使用中'), h('dd', { 'data-testid': 'param-shiyochu' }, h('span', { class: `badge param-${r.kubun}` }, shiyochuLabel(r))),
      r.parameters?.source ? [h('dt', {}, '出典'), h('dd', {}, r.parameters.source)] : null),
    params.length
      ? h('div', { class: 'table-scroll' }, h('table', { class: 'list param-values', 'data-testid': 'param-values' },
        h('caption', {}, `登録第${r.version}版の値（${formatCount(params.length)} 項目）`),
        h('thead', {}, h('tr', {}, ['パラメータ', '名称', '根拠条文', '年度ごとの値'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, params.map(([key, p]) => h('tr', { 'data-param': key },
          h('td', {}, h('code', {}, key)), h('th', { scope: 'row' }, p.name_ja), h('td', {}, p.legal_basis),
          h('td', {}, h('ul', { class: 'plain' }, (p.values || []).map((v) => h('li', {}, h('span', { class: 'nendo-range', title: v.nendo }, nendoRangeLabel(v.nendo)), '　', valueText(v.value))))))))))
      : null,
    h('h3', {}, '登録した版'),
    versions.length
      ? h('div', { class: 'table-scroll' }, h('table', { class: 'list param-versions', 'data-testid': 'param-versions' },
        h('caption', { class: 'count' }, `${formatCount(versions.length)} 版（新しい順）`),
        h('thead', {}, h('tr', {}, ['版', '団体名', '出典', '登録者', '登録日時', 'SHA-256'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, versions.map((v) => h('tr', { 'data-version': v.version, class: r.kubun === 'toroku' && v.version === r.version ? 'self' : null },
          h('td', { class: 'num' }, `第${v.version}版`, r.kubun === 'toroku' && v.version === r.version ? h('span', { class: 'badge badge-latest' }, '使用中') : null),
          h('td', {}, v.dantai_mei), h('td', { class: 'shutten' }, v.shutten), h('td', {}, v.toroku_sha),
          h('td', {}, nichijiLabel(v.toroku_nichiji)),
          h('td', {}, h('code', { class: 'file-id', title: v.sha256 }, `${v.sha256.slice(0, 12)}…`)))))))
      : h('p', { class: 'empty', 'data-testid': 'param-versions-empty' }, 'まだ登録した版はありません（出荷時の既定値を使っています）。')]));
}

function loadForm(ctx, code, reload) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'f-document', name: 'document', accept: '.json,application/json', 'aria-describedby': 'f-document-hint f-document-error' });
  const source = textField('source', '出典', { required: true, multiline: true, hint: '値を公表した団体のページ（URL）や条例・告示の名称。ファイルに source があれば初期値になります（1,000文字まで）' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'param-load-title', novalidate: true },
    h('h2', { id: 'param-load-title' }, '新しい版の登録'),
    h('p', { class: 'muted' }, `パラメータの JSON ファイル（dantai_code: ${code}、name_ja、todofuken、parameters。parameters/kojin-juminzei/municipalities/*.yaml と同じ形）を選び、出典を入力してください。出荷時のパラメータと同じ検査に通らなければ何も登録しません。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'field', 'data-field': 'document' },
      h('label', { for: 'f-document' }, 'パラメータのファイル（JSON）', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
      input,
      h('small', { id: 'f-document-hint', class: 'hint' }, 'UTF-8 の JSON。900,000文字まで'),
      h('p', { id: 'f-document-error', class: 'field-error', 'aria-live': 'polite' })),
    source,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'この版を登録する')),
    result);
  const sourceControl = source.querySelector('textarea');
  let picked = null; // { name, doc }
  const listErrors = (errors) => h('section', { class: 'alert param-errors', role: 'alert', 'data-testid': 'param-errors' },
    h('strong', {}, `ファイルの内容の誤り（${formatCount(errors.length)} 件）`),
    h('table', { class: 'list' },
      h('caption', { class: 'sr-only' }, 'ファイルの誤りのある項目とその理由'),
      h('thead', {}, h('tr', {}, ['項目（JSON のパス）', '理由'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, errors.map((e) => h('tr', { 'data-path': e.field }, h('td', {}, h('code', {}, e.field)), h('td', {}, e.message))))));
  const sender = commandSender(form, {
    onProblem: (f, e, o) => {
      const { inDocument, others } = documentErrors(e.errors);
      showProblem(f, new ApiError({ ...e, errors: [...others,
        ...(inDocument.length ? [{ field: 'document', message: `ファイルの内容に ${formatCount(inDocument.length)} 件の誤りがあります（一覧を参照）。直したファイルを選び直してください。` }] : [])] }), o);
      result.replaceChildren(...(inDocument.length ? [listErrors(inDocument)] : []));
    },
  });
  input.addEventListener('change', async () => {
    clearErrors(form);
    result.replaceChildren();
    picked = null;
    sender.reset();
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CHARS * 4) {
      showProblem(form, fileProblem('ファイルが大きすぎます（900,000文字まで）。'));
      return;
    }
    const { text, problem } = await readUtf8(file);
    const parsed = problem ? { problem } : text.length > MAX_CHARS ? { problem: 'ファイルが大きすぎます（900,000文字まで）。' } : parameterDocument(text);
    if (parsed.problem) {
      showProblem(form, fileProblem(parsed.problem));
      return;
    }
    picked = { name: file.name, doc: parsed.doc };
    if (!sourceControl.value.trim() && typeof parsed.doc.source === 'string') sourceControl.value = parsed.doc.source;
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    if (!picked) {
      showProblem(form, fileProblem(input.files?.[0] ? 'このファイルは登録できません。メッセージを確認してください。' : 'ファイルを選択してください。'));
      return;
    }
    const shutten = sourceControl.value.trim();
    if (!shutten) {
      showProblem(form, new ApiError({ title: '入力に誤りがあります', errors: [{ field: 'source', message: '出典を入力してください。' }] }));
      return;
    }
    const body = { ...picked.doc, source: shutten };
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, `${PATH}${encodeURIComponent(code)}`, body, { method: 'PUT' }));
    if (!r) return;
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'param-success' },
      h('strong', {}, `登録第${r.version}版として登録しました`),
      h('p', {}, `${r.dantai_mei}　出典: ${r.shutten}　登録者: ${r.toroku_sha}　${nichijiLabel(r.toroku_nichiji)}`),
      h('p', { class: 'hash' }, `SHA-256 ${r.sha256}`)));
    result.querySelector('.success').focus();
    await reload();
  });
  return form;
}
