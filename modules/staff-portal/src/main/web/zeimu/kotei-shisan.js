// 固定資産税・都市計画税の試算 (POST /v1/koteishisanzei/shisan): registered parcels and houses (their version on the
// 賦課期日) and/or entered ones, all as one taxpayer's, computed by the engine of the 賦課; nothing is stored, so it
// is a plain request (no Idempotency-Key). Opened from an owner's assets (#/zeimu/kotei/shisan/<年度>/<宛名番号>)
// it starts with that owner's registered parcels and houses.

import { h, nodes } from '../core/dom.js';
import { clearErrors } from '../core/forms.js';
import { ApiError, isUnauthenticated } from '../core/problem.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { textField } from './controls.js';
import { loadInto, nendoSelect, readForm } from './daicho.js';
import { defaultNendo } from './format.js';
import { koteiKekkaView } from './kotei-kekka.js';
import { parameterSetLabel } from './parameter.js';
import { rowTable } from './rows.js';

const KAZEI_KUBUN = ['jutaku-yochi', 'shogyochi-to', 'sonota'].map((k) => [k, contractLabel('kazei_kubun', k)]);

/** Row items that are numbers or yes/no in the contract (TochiShisan, KaokuShisan): rows.js reads them as text. */
export const ROW_KINDS = {
  tochi: { menseki: ['chiseki', 'jutaku_yuka_menseki'], int: ['kosu'], bool: ['shigaika_kuiki'] },
  kaoku: { menseki: ['yuka_menseki', 'kyoju_menseki'], int: ['kaisu'], bool: ['taika_kozo', 'kashiya', 'shigaika_kuiki'] },
};

/** Turns the text of the rows' number items into numbers and the yes/no into booleans: → errors[]. */
export function typeRows(body, kinds = ROW_KINDS) {
  const errors = [];
  for (const [prefix, k] of Object.entries(kinds)) {
    (body[prefix] || []).forEach((row, i) => {
      for (const col of k.bool) row[col] = row[col] === true;
      for (const col of [...k.menseki, ...k.int]) {
        if (row[col] === undefined) continue;
        const v = String(row[col]).replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0));
        const ok = k.int.includes(col) ? /^\d{1,4}$/.test(v) : /^\d{1,9}(\.\d{1,2})?$/.test(v);
        if (ok) row[col] = Number(v);
        else errors.push({ field: `${prefix}[${i}].${col}`, message: `${i + 1}件目の${k.int.includes(col) ? '数は整数' : '面積は数字（小数点以下2桁まで）'}で入力してください` });
      }
    });
  }
  return errors;
}

const ids = (text, re) => String(text || '').toUpperCase().split(/[\s,、，]+/).filter(Boolean).map((s) => ({ s, ok: re.test(s) }));

export async function koteiShisanView(ctx, { nendo: nendoText, atenabango } = {}) {
  const nendo = Number(nendoText) || defaultNendo();
  const result = h('section', { class: 'card result kekka', 'aria-live': 'polite', 'aria-labelledby': 'kotei-kekka-title', hidden: true });
  const tochi = rowTable({
    prefix: 'tochi', title: '入力する土地', unit: '件目', max: 100, addLabel: '土地を追加',
    cols: [
      { col: 'label', label: '名称', kind: 'text', placeholder: '例: 自宅敷地' },
      { col: 'kazei_kubun', label: '区分', kind: 'select', options: KAZEI_KUBUN, required: true },
      { col: 'chiseki', label: '地積㎡', kind: 'text', required: true },
      { col: 'hyokagaku', label: '評価額', kind: 'kingaku', required: true },
      { col: 'kosu', label: '戸数', kind: 'text' },
      { col: 'jutaku_yuka_menseki', label: '住宅床面積㎡', kind: 'text' },
      { col: 'shigaika_kuiki', label: '市街化区域', kind: 'check' },
    ],
  });
  const kaoku = rowTable({
    prefix: 'kaoku', title: '入力する家屋', unit: '件目', max: 100, addLabel: '家屋を追加',
    cols: [
      { col: 'label', label: '名称', kind: 'text', placeholder: '例: 居宅' },
      { col: 'hyokagaku', label: '評価額', kind: 'kingaku', required: true },
      { col: 'yuka_menseki', label: '床面積㎡', kind: 'text', required: true },
      { col: 'kyoju_menseki', label: '居住部分㎡', kind: 'text', required: true },
      { col: 'shinchiku_nengappi', label: '建築年月日', kind: 'text', required: true, placeholder: '令和7年6月1日' },
      { col: 'kaisu', label: '階数', kind: 'text', required: true },
      { col: 'taika_kozo', label: '耐火・準耐火', kind: 'check' },
      { col: 'kashiya', label: '貸家', kind: 'check' },
      { col: 'shigaika_kuiki', label: '市街化区域', kind: 'check' },
    ],
  });
  const shokyaku = rowTable({
    prefix: 'shokyaku_shisan', title: '償却資産（申告の評価額）', unit: '件目', max: 100, addLabel: '償却資産を追加',
    cols: [{ col: 'label', label: '名称', kind: 'text' }, { col: 'hyokagaku', label: '評価額', kind: 'kingaku', required: true }],
  });
  const form = h('form', { class: 'card', 'aria-labelledby': 'kotei-shisan-title', novalidate: true },
    h('h1', { id: 'kotei-shisan-title' }, '固定資産税・都市計画税の試算'),
    h('p', { class: 'muted' }, '台帳の土地・家屋（賦課期日の版）と入力した資産を、1人の納税義務者の資産として賦課と同じ計算で試算します。結果は保存されません。'),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '年度と台帳の資産'),
      h('div', { class: 'grid' }, nendoSelect('kotei', nendo),
        textField('tochi_ids', '台帳の土地の番号', { hint: 'T + 9桁。複数は空白または「,」で区切る' }),
        textField('kaoku_ids', '台帳の家屋の番号', { hint: 'K + 9桁。複数は空白または「,」で区切る' }))),
    tochi.fieldset, kaoku.fieldset, shokyaku.fieldset,
    h('div', { class: 'actions sticky-actions' }, h('button', { type: 'submit', class: 'primary' }, '試算する')));
  // the ID boxes are read here, not as contract paths (they are lists)
  ['tochi_ids', 'kaoku_ids'].forEach((n) => { delete form.querySelector(`[name="${n}"]`).dataset.path; });
  const showProblem = formProblem(ctx.banner);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const { body, problem } = readForm(form);
    const errors = [...(problem?.errors || []), ...typeRows(body)];
    for (const [name, re, label] of [['tochi_ids', /^T\d{9}$/, '土地の番号'], ['kaoku_ids', /^K\d{9}$/, '家屋の番号']]) {
      const list = ids(form.elements[name].value, re);
      const bad = list.filter((x) => !x.ok).map((x) => x.s);
      if (bad.length) errors.push({ field: name, message: `${label}の形が違います: ${bad.join('、')}` });
      else if (list.length) body[name] = list.map((x) => x.s);
    }
    if (errors.length) {
      showProblem(form, new ApiError({ title: '入力に誤りがあります', errors }));
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await ctx.clients.zeimu.post('/v1/koteishisanzei/shisan', body);
      result.tabIndex = -1;
      result.replaceChildren(...nodes([
        h('h2', { id: 'kotei-kekka-title' }, `試算の結果　${r.fuka.nendo_label || ''}`),
        h('p', { class: 'muted' }, 'この結果は保存されていません。賦課は所有資産の画面から行います。'),
        r.parameter_set ? h('p', { class: 'parameter-set' }, h('strong', {}, '用いたパラメータ: '), h('span', { 'data-testid': 'parameter-set' }, parameterSetLabel(r.parameter_set))) : null,
        koteiKekkaView(r.fuka)]));
      result.hidden = false;
      result.scrollIntoView?.({ block: 'start' });
      result.focus();
    } catch (e) {
      result.hidden = true;
      if (!isUnauthenticated(e)) showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  ctx.show(form, result);
  if (atenabango) {
    const note = h('div', {});
    form.querySelector('.form-top').after(note);
    const r = await loadInto(ctx, note, `/v1/koteishisanzei/shoyusha/${encodeURIComponent(atenabango)}?nendo=${nendo}`);
    if (r) {
      form.elements.tochi_ids.value = r.nozeigimusha.flatMap((g) => g.tochi.map((t) => t.tochi_id)).join(' ');
      form.elements.kaoku_ids.value = r.nozeigimusha.flatMap((g) => g.kaoku.map((k) => k.kaoku_id)).join(' ');
      note.append(h('p', { class: 'notice' }, `宛名番号 ${atenabango} が${r.fukakijitsu ? '賦課期日に' : ''}所有する土地・家屋を読み込みました（共有のものを含む）。`));
    }
  }
  form.elements.nendo.focus();
}
