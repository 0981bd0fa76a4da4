// 給与支払報告書の取込 (POST /v1/kojin-juminzei/kyuyo-shiharai-hokokusho) and its 未突合一覧
// (GET …/mitotsugo?nendo=). The clerk chooses the CSV file the employers sent; it is read here as UTF-8
// text and checked against the contract's size before anything is sent. The service keeps the good lines,
// reports the refused ones (行・列・理由), and a file already imported changes nothing (saisoshin).

import { h } from '../core/dom.js';
import { clearErrors, commandSender, showProblem as showFormProblem } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { shienProblemBox } from '../core/shien.js';
import { selectField } from './controls.js';
import { dateCell, defaultNendo, formatYen, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { csvProblem, fileSizeProblem, formatCount } from './ikkatsu.js';

const COLUMNS = 'nendo, shiharaisha_meisho, kojinbango, shimei, shimei_furigana, seinengappi, jusho, kyuyo_shunyu, shakai_hokenryo, shokibo_kigyo_kyosai_kakekin';

/** The file as UTF-8 text; a file in another encoding (Shift_JIS …) is refused with a message. */
async function readUtf8(file) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { problem: 'ファイルを UTF-8 の文字として読めませんでした。Shift_JIS などの場合は UTF-8 で保存し直してください。' };
  }
}

const fileProblem = (message) => new ApiError({ title: 'ファイルを取り込めません', errors: [{ field: 'csv', message }] });

export function kyuyoView(ctx) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'f-csv', name: 'csv', accept: '.csv,text/csv', 'aria-describedby': 'f-csv-hint f-csv-error' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'kyuyo-title', novalidate: true },
    h('h1', { id: 'kyuyo-title' }, '給与支払報告書の取込'),
    h('p', { class: 'muted' }, '給与の支払者から提出された給与支払報告書（地方税法第317条の6）のファイルを取り込みます。誤りのある行は行番号と列を示し、ほかの行は取り込みます。納税義務者と突合できなかった行は未突合一覧に載ります。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'field', 'data-field': 'csv' },
      h('label', { for: 'f-csv' }, 'ファイル（CSV）', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
      input,
      h('small', { id: 'f-csv-hint', class: 'hint' }, `UTF-8 の CSV、1行目は列名（${COLUMNS}）。900,000文字・1 MiB まで`),
      h('p', { id: 'f-csv-error', class: 'field-error', 'aria-live': 'polite' })),
    // the service reports the name under file_name
    h('div', { class: 'field', 'data-field': 'file_name' }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '取り込む'),
      h('a', { href: `#/zeimu/kyuyo-hokoku/mitotsugo/${defaultNendo()}` }, '未突合一覧を見る')));
  const sender = commandSender(form);
  input.addEventListener('change', () => { clearErrors(form); result.replaceChildren(); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const file = input.files?.[0];
    if (!file) {
      showFormProblem(form, fileProblem('ファイルを選択してください。'));
      return;
    }
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      showFormProblem(form, fileProblem(tooLarge));
      return;
    }
    const { text, problem } = await readUtf8(file);
    const refused = problem || csvProblem({ fileName: file.name, text });
    if (refused) {
      showFormProblem(form, fileProblem(refused));
      return;
    }
    const body = { file_name: file.name, csv: text };
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, '/v1/kojin-juminzei/kyuyo-shiharai-hokokusho', body));
    if (!r) return;
    result.replaceChildren(...kyuyoKekka(r).filter(Boolean));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  input.focus();
}

/** The result: the counts in the success box, the refused lines (行・列・理由) as a table of their own. */
function kyuyoKekka(r) {
  const errors = r.errors || [];
  const count = (label, n, testid, extra = '') => h('div', { class: `stat${extra}` }, h('span', { class: 'stat-label' }, label),
    h('strong', { class: 'stat-value', 'data-testid': testid }, formatCount(n)));
  const mitotsugoLink = h('a', { href: `#/zeimu/kyuyo-hokoku/mitotsugo/${defaultNendo()}` }, '未突合一覧');
  return [
    h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': 'kyuyo-success' },
      h('strong', {}, `「${r.file_name}」を取り込みました`),
      r.saisoshin
        ? h('p', { class: 'notice', 'data-testid': 'kyuyo-saisoshin' }, '同じ内容のファイルは取込済みです。前回の取込の結果を表示しています（何も追加・変更していません）。')
        : null,
      h('div', { class: 'stats' },
        count('行数', r.gyosu, 'kyuyo-gyosu'), count('取込', r.torikomi, 'kyuyo-torikomi'),
        count('突合', r.totsugo, 'kyuyo-totsugo'), count('未突合', r.mitotsugo, 'kyuyo-mitotsugo', r.mitotsugo ? ' stat-warn' : ''),
        count('取り込まなかった行', errors.length, 'kyuyo-errors', errors.length ? ' stat-error' : '')),
      r.mitotsugo ? h('p', {}, `突合できなかった ${formatCount(r.mitotsugo)} 行は `, mitotsugoLink, ' で確認してください。') : null,
      h('p', { class: 'hash' }, `取込ID ${r.file_id}　SHA-256 ${r.sha256}`)),
    errors.length
      ? h('section', { class: 'card kyuyo-refused', 'aria-labelledby': 'kyuyo-refused-title' },
        h('h2', { id: 'kyuyo-refused-title' }, `取り込まなかった行（${formatCount(errors.length)} 行）`),
        h('p', { class: 'muted' }, '行番号は見出しを1行目として数えます。誤りを直した行だけのファイルを作り、取り込んでください。'),
        h('table', { class: 'list kyuyo-errors', 'data-testid': 'kyuyo-error-lines' },
          h('caption', { class: 'sr-only' }, '取り込まなかった行とその理由'),
          h('thead', {}, h('tr', {}, ['行', '列', '理由'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, errors.map((e) => h('tr', { 'data-line': e.line },
            h('td', { class: 'num' }, e.line), h('td', {}, h('code', {}, e.field)), h('td', {}, e.message))))))
      : null,
  ];
}

/** 未突合一覧: the lines of a 年度 no taxpayer could be found for. */
export async function mitotsugoView(ctx, { nendo: nendoText } = {}) {
  const nendo = Number(nendoText) || defaultNendo();
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const form = h('form', { class: 'card search', 'aria-labelledby': 'mitotsugo-title', novalidate: true },
    h('h1', { id: 'mitotsugo-title' }, '給与支払報告書の未突合一覧'),
    h('p', { class: 'muted' }, '個人番号、または氏名・生年月日・住所で納税義務者と突合できなかった給与支払報告書の行です。照会はアクセスログに記録されます。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField('nendo', '年度', choices.map(nendoOption), { value: nendo })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示'),
      h('a', { href: '#/zeimu/kyuyo-hokoku' }, '給与支払報告書の取込へ')));
  const list = h('section', { class: 'card', 'aria-labelledby': 'mitotsugo-list-title' },
    h('h2', { id: 'mitotsugo-list-title' }, `${nendoLabel(nendo)}の未突合`), h('p', { class: 'loading' }, '読み込み中…'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/zeimu/kyuyo-hokoku/mitotsugo/${form.elements.nendo.value}`;
  });
  ctx.show(form, list);
  let r;
  try {
    r = await ctx.clients.zeimu.get(`/v1/kojin-juminzei/kyuyo-shiharai-hokokusho/mitotsugo?nendo=${nendo}&limit=1000`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    list.lastChild.replaceWith(shienProblemBox(e));
    return;
  }
  const items = r.items || [];
  list.lastChild.replaceWith(items.length
    ? h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'mitotsugo' },
      h('caption', { class: 'count' }, `${formatCount(items.length)} 件${items.length >= 1000 ? '（先頭の1,000件）' : ''}`),
      h('thead', {}, h('tr', {}, ['取込ID', '行', '支払者', '氏名', '生年月日', '住所', '支払金額']
        .map((t) => h('th', { scope: 'col', class: t === '支払金額' ? 'yen' : null }, t)))),
      h('tbody', {}, items.map((i) => h('tr', {},
        h('td', {}, h('code', { class: 'file-id', title: i.file_id }, `${i.file_id.slice(0, 8)}…`)),
        h('td', { class: 'num' }, i.line_no),
        h('td', {}, i.shiharaisha_meisho),
        h('td', { class: 'shimei' }, i.shimei_furigana ? h('small', { class: 'furigana' }, i.shimei_furigana) : null, h('span', { class: 'kanji' }, i.shimei)),
        h('td', {}, dateCell(i.seinengappi)), h('td', {}, i.jusho), h('td', { class: 'yen' }, formatYen(i.kyuyo_shunyu)))))))
    : h('p', { class: 'empty', 'data-testid': 'mitotsugo-empty' }, `${nendoLabel(nendo)}の未突合の行はありません。`));
}
