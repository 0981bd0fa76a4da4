// 固定資産税・都市計画税の賦課履歴 (GET /v1/koteishisanzei/fuka/{atenabango}?nendo=): for each taxpayer the person
// belongs to (alone, or in a group of co-owners) every version of the 年度 — 当初賦課, then each 更正 with its reason
// and the difference per instalment — and the PDFs (POST /v1/koteishisanzei/shomei: 納税通知書・課税明細書,
// 評価証明書, 公課証明書), saved under a name with the 発行番号 as zeimu/shomei.js does (core/pdf.js).

import { h } from '../core/dom.js';
import { clearErrors, field, valueOf } from '../core/forms.js';
import { issuePdf } from '../core/pdf.js';
import { isUnauthenticated } from '../core/problem.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { loadInto, nendoChoices, pdfResult, screenCard, shoyushaCell } from './daicho.js';
import { formatSagaku, formatYen, nendoLabel, wareki, yenCell } from './format.js';
import { koteiKekkaView, koteiKibetsuTable } from './kotei-kekka.js';
import { sagakuTable } from './rireki.js';

export const YOSHIKI = ['kazei-meisaisho', 'hyoka-shomeisho', 'kouka-shomeisho'];

export async function koteiRirekiView(ctx, { atenabango, nendo: nendoText }) {
  const nendo = Number(nendoText);
  const select = h('select', { id: 'f-rireki-nendo', onchange: (ev) => { location.hash = link('zeimu', 'kotei', 'rireki', atenabango, ev.target.value); } },
    nendoChoices('kotei', nendo).map(([v, l]) => h('option', { value: v, selected: Number(v) === nendo }, l)));
  const head = screenCard('kotei-rireki-title', `固定資産税・都市計画税の賦課履歴（${nendoLabel(nendo)}）`,
    `宛名番号 ${atenabango} が単独で、または共有者として納税義務者である賦課の全ての版です。`,
    h('div', { class: 'nendo-switch' }, h('label', { for: 'f-rireki-nendo' }, '年度'), select),
    h('p', { class: 'actions' }, h('a', { href: link('zeimu', 'kotei', 'shoyu', atenabango, nendo) }, '所有資産を見る')));
  ctx.show(head);
  const r = await loadInto(ctx, head, `/v1/koteishisanzei/fuka/${encodeURIComponent(atenabango)}?nendo=${nendo}`, {
    onMissing: () => h('p', { class: 'empty', 'data-testid': 'kotei-rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`,
      h('a', { href: link('zeimu', 'kotei', 'shoyu', atenabango, nendo) }, '所有資産から賦課する')),
  });
  if (!r) return;
  if (!r.nozeigimusha.length) {
    head.append(h('p', { class: 'empty', 'data-testid': 'kotei-rireki-empty' }, `${nendoLabel(nendo)}の賦課はまだありません。`));
    return;
  }
  for (const g of r.nozeigimusha) ctx.main.append(groupSection(ctx, g, nendo));
}

function groupSection(ctx, g, nendo) {
  const versions = g.versions || [];
  const latest = versions.at(-1);
  return h('section', { class: 'card kotei-group', 'data-shoyusha-key': g.shoyusha_key, 'aria-label': `納税義務者 ${g.shoyusha_key}` },
    h('h2', {}, latest.shoyusha.length > 1 ? `共有（${latest.shoyusha.length}人）` : '単独所有', h('span', { class: 'muted' }, `　納税義務者 ${g.shoyusha_key}`)),
    latest.shoyusha.length > 1 ? h('div', {}, '共有者: ', shoyushaCell(latest.shoyusha, latest.daihyosha)) : null,
    summaryTable(versions),
    h('p', { class: 'actions' }, h('a', { class: 'button-link', href: link('zeimu', 'kotei', 'fuka', nendo, g.shoyusha_key) }, '更正する')),
    h('h3', { class: 'shomei-title' }, '通知書・証明書'),
    shomeiForm(ctx, latest, nendo),
    [...versions].reverse().map((v, i) => versionCard(v, i === 0)));
}

function summaryTable(versions) {
  return h('table', { class: 'list', 'data-testid': 'kotei-rireki-summary' },
    h('caption', { class: 'sr-only' }, '賦課の版の一覧'),
    h('thead', {}, h('tr', {}, ['版', '区分', '処理年月日', '固定資産税', '都市計画税', '年税額', '前の版との差', '更正の理由']
      .map((t, i) => h('th', { scope: 'col', class: i >= 3 && i <= 6 ? 'yen' : null }, t)))),
    h('tbody', {}, versions.map((v, i) => h('tr', { 'data-version': v.version },
      h('td', { class: 'num' }, `第${v.version}版`),
      h('td', {}, h('span', { class: `badge fuka-${v.kubun}` }, contractLabel('fuka_kubun', v.kubun))),
      h('td', {}, wareki(v.shorinengappi)),
      yenCell(v.fuka?.kotei_zeigaku), yenCell(v.fuka?.toshi_zeigaku),
      yenCell(v.nenzeigaku, { 'data-testid': `kotei-nenzeigaku-v${v.version}` }),
      h('td', { class: 'yen' }, i === 0 ? '—' : formatSagaku(v.nenzeigaku - versions[i - 1].nenzeigaku)),
      h('td', {}, v.riyu || '')))));
}

function versionCard(v, latest) {
  const kosei = v.kubun === 'kosei';
  return h('article', { class: `card version${latest ? ' latest' : ''}`, 'data-version': v.version, 'aria-labelledby': `kv-${v.shoyusha_key}-${v.version}` },
    h('h3', { id: `kv-${v.shoyusha_key}-${v.version}` }, `第${v.version}版　`,
      h('span', { class: `badge fuka-${v.kubun}` }, contractLabel('fuka_kubun', v.kubun)),
      latest ? h('span', { class: 'badge badge-latest' }, '現在の税額') : null),
    h('p', { class: 'muted' }, `処理年月日 ${wareki(v.shorinengappi)}　代表者 ${v.daihyosha}`,
      kosei ? `　更正前の年税額 ${formatYen(v.kosei_zengaku)}` : ''),
    kosei ? h('p', { class: 'riyu' }, h('strong', {}, '更正の理由: '), v.riyu || '（記録なし）') : null,
    koteiKibetsuTable(v.fuka?.kibetsu, kosei ? '更正後の期別税額' : '期別税額'),
    kosei ? sagakuTable(v) : null,
    kosei && v.kosei_zuiji ? h('p', {}, `納期到来済みの期の差額 ${formatSagaku(v.kosei_zuiji)}（${v.kosei_zuiji > 0 ? '随時期で徴収' : '還付または充当'}）`) : null,
    h('details', { class: 'fold', open: latest }, h('summary', {}, '課税明細（土地・家屋ごとの課税標準・税額）と算定根拠'),
      koteiKekkaView(v.fuka, { konkyoOpen: false, konkyoTitle: `算定根拠（第${v.version}版）` })));
}

/** The three PDFs of the taxpayer (the latest version unless one is chosen), the 使用目的 kept in the 交付履歴. */
function shomeiForm(ctx, latest, nendo) {
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const buttons = YOSHIKI.map((y) => h('button', { type: 'submit', class: y === 'kazei-meisaisho' ? 'primary' : 'secondary', value: y, 'data-testid': `shomei-${y}` },
    contractLabel('shomei_yoshiki', y)));
  const form = h('form', { class: 'shomei-form', 'aria-label': '通知書・証明書の発行', novalidate: true },
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('div', { class: 'grid' },
      field({ name: 'mokuteki', label: '使用目的・提出先', hint: '証明書の交付履歴に記録されます' }),
      field({ name: 'version', label: '賦課の版', value: String(latest.version), inputmode: 'numeric', hint: `省略時は最新（第${latest.version}版）` })),
    h('div', { class: 'actions' }, buttons));
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const yoshiki = ev.submitter?.value || 'kazei-meisaisho';
    const req = { yoshiki, nendo, shoyusha: latest.shoyusha };
    const version = valueOf(form, 'version');
    if (version && /^\d{1,9}$/.test(version)) req.version = Number(version);
    const mokuteki = valueOf(form, 'mokuteki');
    if (mokuteki) req.mokuteki = mokuteki;
    const label = contractLabel('shomei_yoshiki', yoshiki);
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const pdf = await issuePdf(ctx.clients.zeimu, '/v1/koteishisanzei/shomei', req, `${label.replace(/・/g, '')}_${nendo}`);
      result.replaceChildren(pdfResult(label, pdf, `shomei-${yoshiki}-success`));
      pdf.start();
    } catch (e) {
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
  return h('div', { class: 'shomei' }, form, result);
}
