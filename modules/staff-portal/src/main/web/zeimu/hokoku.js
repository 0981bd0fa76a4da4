// The import of the payment reports (給与支払報告書: POST /v1/kojin-juminzei/kyuyo-shiharai-hokokusho,
// 公的年金等支払報告書: POST …/koteki-nenkin-shiharai-hokokusho) and their 未突合一覧 (GET …/mitotsugo?nendo=),
// one implementation for both kinds (HOKOKU: title, law, API path, CSV columns, amount, route). The clerk
// chooses the CSV file the payers sent; it is read here as UTF-8 text and checked against the contract's
// size before anything is sent. The service keeps the good lines, reports the refused ones (行・列・理由),
// and a file already imported changes nothing (saisoshin); the same content imported as the other kind is
// refused (409 hokoku-shurui) and said so at the file field.

import { h } from '../core/dom.js';
import { clearErrors, commandSender, showProblem as showFormProblem } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { shienProblemBox } from '../core/shien.js';
import { selectField } from './controls.js';
import { dateCell, defaultNendo, formatYen, NENDO_CHOICES, nendoLabel, nendoOption } from './format.js';
import { csvProblem, fileSizeProblem, formatCount } from './ikkatsu.js';

/** The two kinds of report (contract: KyuyoHokokuRequest, KotekiNenkinHokokuRequest and their 未突合). */
export const HOKOKU = {
  kyuyo: {
    id: 'kyuyo',
    title: '給与支払報告書',
    law: '地方税法第317条の6第1項',
    payer: '給与の支払者',
    path: '/v1/kojin-juminzei/kyuyo-shiharai-hokokusho',
    columns: 'nendo, shiharaisha_meisho, kojinbango, shimei, shimei_furigana, seinengappi, jusho, kyuyo_shunyu, shakai_hokenryo, shokibo_kigyo_kyosai_kakekin, shiteibango, futsu_choshu_riyu',
    optional: 'kojinbango・shimei_furigana・shakai_hokenryo・shokibo_kigyo_kyosai_kakekin・shiteibango（特別徴収義務者指定番号）・futsu_choshu_riyu（普通徴収切替理由）は空でも可',
    amount: 'kyuyo_shunyu',
    amountLabel: '支払金額',
    route: 'kyuyo-hokoku',
  },
  nenkin: {
    id: 'nenkin',
    title: '公的年金等支払報告書',
    law: '地方税法第317条の6第4項',
    payer: '公的年金等の支払者',
    path: '/v1/kojin-juminzei/koteki-nenkin-shiharai-hokokusho',
    columns: 'nendo, shiharaisha_meisho, kojinbango, shimei, shimei_furigana, seinengappi, jusho, koteki_nenkin_shunyu, shakai_hokenryo',
    optional: 'kojinbango・shimei_furigana・shakai_hokenryo（年金から特別徴収された社会保険料）は空でも可',
    amount: 'koteki_nenkin_shunyu',
    amountLabel: '支払金額（公的年金等の収入金額）',
    route: 'nenkin-hokoku',
  },
};

/** The kind of report other than `kind` (a file refused as already imported as that one). */
export const otherKind = (kind) => (kind.id === 'kyuyo' ? HOKOKU.nenkin : HOKOKU.kyuyo);

/** The message at the file field for a 409 hokoku-shurui: which kind the content was imported as, and what to do. */
export function hokokuShuruiMessage(kind, serviceMessage) {
  const other = otherKind(kind);
  return `同じ内容のファイルが${other.title}として取込済みです${serviceMessage ? `（${serviceMessage}）` : ''}。`
    + `${kind.title}のファイルか確かめてください。${other.title}であれば「${other.title}の取込」で取り込みます。`;
}

export const isHokokuShurui = (e) => e?.status === 409 && e.code === 'hokoku-shurui';

/** The file as UTF-8 text; a file in another encoding (Shift_JIS …) is refused with a message. */
async function readUtf8(file) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { problem: 'ファイルを UTF-8 の文字として読めませんでした。Shift_JIS などの場合は UTF-8 で保存し直してください。' };
  }
}

const fileProblem = (message) => new ApiError({ title: 'ファイルを取り込めません', errors: [{ field: 'csv', message }] });

/** The import screen of one kind of report (HOKOKU.kyuyo, HOKOKU.nenkin). */
export function hokokuView(kind) {
  return (ctx) => torikomiView(ctx, kind);
}

/** The 未突合一覧 screen of one kind of report. */
export function mitotsugoView(kind) {
  return (ctx, params) => mitotsugoList(ctx, kind, params);
}

const mitotsugoHref = (kind, nendo = defaultNendo()) => `#/zeimu/${kind.route}/mitotsugo/${nendo}`;

function torikomiView(ctx, kind) {
  const t = kind.id;
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'f-csv', name: 'csv', accept: '.csv,text/csv', 'aria-describedby': 'f-csv-hint f-csv-error' });
  const form = h('form', { class: 'card', 'aria-labelledby': `${t}-title`, novalidate: true, 'data-hokoku': t },
    h('h1', { id: `${t}-title` }, `${kind.title}の取込`),
    h('p', { class: 'muted' }, `${kind.payer}から提出された${kind.title}（${kind.law}）のファイルを取り込みます。誤りのある行は行番号と列を示し、ほかの行は取り込みます。納税義務者と突合できなかった行は未突合一覧に載ります。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'field', 'data-field': 'csv' },
      h('label', { for: 'f-csv' }, 'ファイル（CSV）', h('span', { class: 'req', 'aria-hidden': 'true' }, '必須')),
      input,
      h('small', { id: 'f-csv-hint', class: 'hint' }, `UTF-8 の CSV、1行目は列名（${kind.columns}）。${kind.optional}。900,000文字・1 MiB まで`),
      h('p', { id: 'f-csv-error', class: 'field-error', 'aria-live': 'polite' })),
    // the service reports the name under file_name
    h('div', { class: 'field', 'data-field': 'file_name' }, h('p', { class: 'field-error', 'aria-live': 'polite' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '取り込む'),
      h('a', { href: mitotsugoHref(kind) }, '未突合一覧を見る')));
  const sender = commandSender(form, {
    // the same content already imported as the other kind: said at the file field, in words that tell what to do
    onProblem: (f, e, o) => showFormProblem(f, isHokokuShurui(e)
      ? new ApiError({ ...e, title: 'ファイルを取り込めません', errors: [{ field: 'csv', message: hokokuShuruiMessage(kind, e.errors?.[0]?.message) }] })
      : e, o),
  });
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
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, kind.path, body));
    if (!r) return;
    result.replaceChildren(...torikomiKekka(kind, r).filter(Boolean));
    result.querySelector('.success').focus();
  });
  ctx.show(form, result);
  input.focus();
}

/** The result: the counts in the success box, the refused lines (行・列・理由) as a table of their own. */
function torikomiKekka(kind, r) {
  const t = kind.id;
  const errors = r.errors || [];
  const count = (label, n, testid, extra = '') => h('div', { class: `stat${extra}` }, h('span', { class: 'stat-label' }, label),
    h('strong', { class: 'stat-value', 'data-testid': `${t}-${testid}` }, formatCount(n)));
  const mitotsugoLink = h('a', { href: mitotsugoHref(kind) }, '未突合一覧');
  return [
    h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': `${t}-success` },
      h('strong', {}, `「${r.file_name}」を${kind.title}として取り込みました`),
      r.saisoshin
        ? h('p', { class: 'notice', 'data-testid': `${t}-saisoshin` }, '同じ内容のファイルは取込済みです。前回の取込の結果を表示しています（何も追加・変更していません）。')
        : null,
      h('div', { class: 'stats' },
        count('行数', r.gyosu, 'gyosu'), count('取込', r.torikomi, 'torikomi'),
        count('突合', r.totsugo, 'totsugo'), count('未突合', r.mitotsugo, 'mitotsugo', r.mitotsugo ? ' stat-warn' : ''),
        count('取り込まなかった行', errors.length, 'errors', errors.length ? ' stat-error' : '')),
      r.mitotsugo ? h('p', {}, `突合できなかった ${formatCount(r.mitotsugo)} 行は `, mitotsugoLink, ' で確認してください。') : null,
      h('p', { class: 'hash' }, `取込ID ${r.file_id}　SHA-256 ${r.sha256}`)),
    errors.length
      ? h('section', { class: 'card kyuyo-refused', 'aria-labelledby': `${t}-refused-title` },
        h('h2', { id: `${t}-refused-title` }, `取り込まなかった行（${formatCount(errors.length)} 行）`),
        h('p', { class: 'muted' }, '行番号は見出しを1行目として数えます。誤りを直した行だけのファイルを作り、取り込んでください。'),
        h('table', { class: 'list kyuyo-errors', 'data-testid': `${t}-error-lines` },
          h('caption', { class: 'sr-only' }, '取り込まなかった行とその理由'),
          h('thead', {}, h('tr', {}, ['行', '列', '理由'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, errors.map((e) => h('tr', { 'data-line': e.line },
            h('td', { class: 'num' }, e.line), h('td', {}, h('code', {}, e.field)), h('td', {}, e.message))))))
      : null,
  ];
}

/** 未突合一覧: the lines of a 年度 no taxpayer could be found for. */
async function mitotsugoList(ctx, kind, { nendo: nendoText } = {}) {
  const nendo = Number(nendoText) || defaultNendo();
  const choices = NENDO_CHOICES.includes(nendo) ? NENDO_CHOICES : [nendo, ...NENDO_CHOICES];
  const form = h('form', { class: 'card search', 'aria-labelledby': 'mitotsugo-title', novalidate: true },
    h('h1', { id: 'mitotsugo-title' }, `${kind.title}の未突合一覧`),
    h('p', { class: 'muted' }, `個人番号、または氏名・生年月日・住所で納税義務者と突合できなかった${kind.title}の行です。照会はアクセスログに記録されます。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, selectField('nendo', '年度', choices.map(nendoOption), { value: nendo })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '表示'),
      h('a', { href: `#/zeimu/${kind.route}` }, `${kind.title}の取込へ`)));
  const list = h('section', { class: 'card', 'aria-labelledby': 'mitotsugo-list-title' },
    h('h2', { id: 'mitotsugo-list-title' }, `${nendoLabel(nendo)}の未突合`), h('p', { class: 'loading' }, '読み込み中…'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = mitotsugoHref(kind, form.elements.nendo.value);
  });
  ctx.show(form, list);
  let r;
  try {
    r = await ctx.clients.zeimu.get(`${kind.path}/mitotsugo?nendo=${nendo}&limit=1000`);
  } catch (e) {
    if (isUnauthenticated(e)) return;
    list.lastChild.replaceWith(shienProblemBox(e));
    return;
  }
  const items = r.items || [];
  list.lastChild.replaceWith(items.length
    ? h('div', { class: 'table-scroll' }, h('table', { class: 'list', 'data-testid': 'mitotsugo' },
      h('caption', { class: 'count' }, `${formatCount(items.length)} 件${items.length >= 1000 ? '（先頭の1,000件）' : ''}`),
      h('thead', {}, h('tr', {}, ['取込ID', '行', '支払者', '氏名', '生年月日', '住所', kind.amountLabel]
        .map((c, i) => h('th', { scope: 'col', class: i === 6 ? 'yen' : null }, c)))),
      h('tbody', {}, items.map((i) => h('tr', {},
        h('td', {}, h('code', { class: 'file-id', title: i.file_id }, `${i.file_id.slice(0, 8)}…`)),
        h('td', { class: 'num' }, i.line_no),
        h('td', {}, i.shiharaisha_meisho),
        h('td', { class: 'shimei' }, i.shimei_furigana ? h('small', { class: 'furigana' }, i.shimei_furigana) : null, h('span', { class: 'kanji' }, i.shimei)),
        h('td', {}, dateCell(i.seinengappi)), h('td', {}, i.jusho), h('td', { class: 'yen' }, formatYen(i[kind.amount])))))))
    : h('p', { class: 'empty', 'data-testid': 'mitotsugo-empty' }, `${nendoLabel(nendo)}の未突合の行はありません。`));
}
