// 車両ファイルの取込 (POST /v1/keijidoshazei/sharyo-file): the vehicles of a CSV file (the documented layout of
// SharyoFileRequest, as no public layout of the 軽自動車検査協会 data is at hand), as zeimu/hokoku.js imports the
// payment reports: read as UTF-8 and checked against the contract's size before it is sent; the service registers
// the good lines, reports the refused ones (行・列・理由), and a file already imported changes nothing (saisoshin).

import { h } from '../core/dom.js';
import { clearErrors, commandSender, showProblem } from '../core/forms.js';
import { ApiError } from '../core/problem.js';
import { csvProblem, fileSizeProblem, formatCount } from './ikkatsu.js';

export const SHARYO_COLUMNS = 'hyoshiki_bango, shashu_kubun, haikiryo, shodo_kensa_nengetsu, nenryo, hikenin, green_kubun, shoyusha_atenabango, shiyosha_atenabango, idobi';
const fileProblem = (message) => new ApiError({ title: 'ファイルを取り込めません', errors: [{ field: 'csv', message }] });

async function readUtf8(file) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { problem: 'ファイルを UTF-8 の文字として読めませんでした。Shift_JIS などの場合は UTF-8 で保存し直してください。' };
  }
}

export function sharyoTorikomiView(ctx) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'f-csv', name: 'csv', accept: '.csv,text/csv', 'aria-describedby': 'f-csv-hint f-csv-error' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'sharyo-file-title', novalidate: true },
    h('h1', { id: 'sharyo-file-title' }, '車両ファイルの取込'),
    h('p', { class: 'muted' }, '軽自動車等の登録をファイルでまとめて取り込みます。誤りのある行は行番号と列を示し、ほかの行は登録します。同じ内容のファイルを再び送っても何も追加しません。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'field', 'data-field': 'csv' },
      h('label', { for: 'f-csv' }, 'ファイル（CSV）', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
      input,
      h('small', { id: 'f-csv-hint', class: 'hint' }, `UTF-8 の CSV、1行目は列名（順は任意: ${SHARYO_COLUMNS}）。haikiryo・shodo_kensa_nengetsu・nenryo・hikenin・green_kubun・shiyosha_atenabango は空でも可。900,000文字・1 MiB まで`),
      h('p', { id: 'f-csv-error', class: 'field-error', 'aria-live': 'polite' })),
    h('div', { class: 'field', 'data-field': 'file_name' }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '取り込む')));
  const sender = commandSender(form);
  input.addEventListener('change', () => { clearErrors(form); result.replaceChildren(); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const file = input.files?.[0];
    if (!file) {
      showProblem(form, fileProblem('ファイルを選択してください。'));
      return;
    }
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      showProblem(form, fileProblem(tooLarge));
      return;
    }
    const { text, problem } = await readUtf8(file);
    const refused = problem || csvProblem({ fileName: file.name, text });
    if (refused) {
      showProblem(form, fileProblem(refused));
      return;
    }
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/keijidoshazei/sharyo-file', { file_name: file.name, csv: text }));
    if (!r) return;
    result.replaceChildren(...torikomiKekka(r).filter(Boolean));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  input.focus();
}

export function torikomiKekka(r) {
  const errors = r.errors || [];
  const count = (label, n, testid, extra = '') => h('div', { class: `stat${extra}` }, h('span', { class: 'stat-label' }, label),
    h('strong', { class: 'stat-value', 'data-testid': `sharyo-file-${testid}` }, formatCount(n)));
  return [
    h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'sharyo-file-success' },
      h('strong', {}, `「${r.file_name}」を取り込みました`),
      r.saisoshin ? h('p', { class: 'notice', 'data-testid': 'sharyo-file-saisoshin' }, '同じ内容のファイルは取込済みです。前回の取込の結果を表示しています（何も追加・変更していません）。') : null,
      h('div', { class: 'stats' }, count('行数', r.gyosu, 'gyosu'), count('登録', r.torikomi, 'torikomi'),
        count('登録しなかった行', errors.length, 'errors', errors.length ? ' stat-error' : '')),
      h('p', { class: 'hash' }, `取込ID ${r.file_id}　SHA-256 ${r.sha256}`)),
    errors.length
      ? h('section', { class: 'card kyuyo-refused', 'aria-labelledby': 'sharyo-refused-title' },
        h('h2', { id: 'sharyo-refused-title' }, `登録しなかった行（${formatCount(errors.length)} 行）`),
        h('p', { class: 'muted' }, '行番号は見出しを1行目として数えます。誤りを直した行だけのファイルを作り、取り込んでください。'),
        h('table', { class: 'list kyuyo-errors', 'data-testid': 'sharyo-file-error-lines' },
          h('thead', {}, h('tr', {}, ['行', '列', '理由'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, errors.map((e) => h('tr', { 'data-line': e.line },
            h('td', { class: 'num' }, e.line), h('td', {}, h('code', {}, e.field)), h('td', {}, e.message))))))
      : null,
  ];
}
