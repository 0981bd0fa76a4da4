// 所得・課税証明書 (POST /v1/kojin-juminzei/shomei/shotoku-kazei) and 納税通知書 (…/shomei/nozei-tsuchisho)
// as PDFs, from the 賦課履歴: the certificate from the 年度's latest version, the notice of the version asked
// for. Saved under a name with the 発行番号 as 住民票の写し is (core/pdf.js). A 支援措置 refusal raises the
// banner; 404 (no 賦課) and 422 nozei-gaku-nashi (no 普通徴収) are shown next to the button.

import { h } from '../core/dom.js';
import { clearErrors, field, valueOf } from '../core/forms.js';
import { issuePdf } from '../core/pdf.js';
import { isUnauthenticated } from '../core/problem.js';
import { formProblem, shienBanner, shienProblemBox } from '../core/shien.js';
import { nendoLabel } from './format.js';

const PDF_PATH = {
  shotoku: '/v1/kojin-juminzei/shomei/shotoku-kazei',
  nozei: '/v1/kojin-juminzei/shomei/nozei-tsuchisho',
};

function issued(title, pdf, testid) {
  return h('div', { class: 'success', role: 'status', 'data-testid': testid },
    h('strong', {}, `${title}を発行しました`),
    h('p', {}, '発行番号: ', h('span', { 'data-testid': `${testid}-hakko` }, pdf.hakko)),
    h('p', {}, pdf.link, '（ダウンロードが始まらない場合はこのリンクから保存してください）'));
}

/** 所得・課税証明書 of the 年度 (the latest version), with the 使用目的 kept in the 交付履歴. */
export function shotokuKazeiForm(ctx, p, nendo) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const form = h('form', { class: 'shomei-form', 'aria-label': '所得・課税証明書の発行', novalidate: true },
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' }, field({ name: 'mokuteki', label: '使用目的・提出先', hint: '交付履歴に記録されます（証明書には印字しません）' })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, '所得・課税証明書'),
      h('span', { class: 'muted' }, `${nendoLabel(nendo)}の最新の版から発行します（PDF）`)));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const req = { atenabango: p.atenabango, nendo };
    const mokuteki = valueOf(form, 'mokuteki');
    if (mokuteki) req.mokuteki = mokuteki;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const pdf = await issuePdf(ctx.clients.zeimu, PDF_PATH.shotoku, req, `所得・課税証明書_${nendo}`);
      result.replaceChildren(issued('所得・課税証明書', pdf, 'shotoku-kazei-success'));
      pdf.start();
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'shomei' }, form, result);
}

/** The 納税通知書 of one version (更正 versions carry the differences per 期). */
export function nozeiTsuchishoButton(ctx, p, nendo, version) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-testid': `nozei-v${version}` }, '納税通知書');
  button.addEventListener('click', async () => {
    result.replaceChildren();
    button.disabled = true;
    try {
      const pdf = await issuePdf(ctx.clients.zeimu, PDF_PATH.nozei, { atenabango: p.atenabango, nendo, version }, `納税通知書_${nendo}_第${version}版`);
      result.replaceChildren(issued(`納税通知書（第${version}版）`, pdf, `nozei-v${version}-success`));
      pdf.start();
    } catch (e) {
      if (isUnauthenticated(e)) return;
      shienBanner(ctx.banner, e);
      result.replaceChildren(shienProblemBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'shomei' }, h('p', { class: 'actions' }, button, h('span', { class: 'muted' }, `第${version}版の税額・期別税額で発行します（PDF）`)), result);
}
