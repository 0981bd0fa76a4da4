// 土地・家屋の登録と異動 (POST /v1/koteishisanzei/tochi, …/tochi/{tochi_id}/ido, …/kaoku, …/kaoku/{kaoku_id}/ido):
// one form for both registers (TochiNyuryoku, KaokuNyuryoku). A 異動 is a new version with its 異動日 and 異動事由,
// the form filled with the latest version; nothing is overwritten (the service keeps every version with its 処理日).
// Owners: one row each (宛名番号, 持分); co-owners are one taxpayer group whose 代表者 receives the notice.

import { h } from '../core/dom.js';
import { clearErrors, commandSender } from '../core/forms.js';
import { link } from '../core/router.js';
import { formProblem } from '../core/shien.js';
import { contractLabel } from './codes.js';
import { checkField, fillControls, kingakuField, selectField, textField } from './controls.js';
import { boolField, loadInto, readForm } from './daicho.js';
import { rowTable } from './rows.js';

/** 地目 (不動産登記規則第99条): the contract's values are the names themselves (TochiNyuryoku.chimoku_genkyo). */
export const CHIMOKU = ['田', '畑', '宅地', '学校用地', '鉄道用地', '塩田', '鉱泉地', '池沼', '山林', '牧場', '原野', '墓地', '境内地',
  '運河用地', '水道用地', '用悪水路', 'ため池', '堤', '井溝', '保安林', '公衆用道路', '公園', '雑種地'];
const chimokuOptions = [['', '選択してください'], ...CHIMOKU.map((c) => [c, c])];
const KAZEI_KUBUN = ['jutaku-yochi', 'shogyochi-to', 'sonota'];
const menseki = (path, label, hint, required) => {
  const f = textField(path, label, { hint: hint || '㎡（小数点以下2桁まで）', inputmode: 'decimal', required });
  f.querySelector('input').dataset.kind = 'menseki';
  return f;
};
const seisu = (path, label, hint, required) => {
  const f = textField(path, label, { hint, inputmode: 'numeric', required });
  f.querySelector('input').dataset.kind = 'int';
  return f;
};

/** The two registers: their names, paths and the items of a version. */
export const DAICHO = {
  tochi: {
    id: 'tochi', title: '土地', idKey: 'tochi_id', path: '/v1/koteishisanzei/tochi', jiyuHint: '新規・所有権移転・分筆・地目変更・評価替え・滅失・訂正など',
    items: () => [
      h('div', { class: 'grid' },
        textField('shozai', '所在', { required: true, hint: '例: みなみ市本町一丁目' }),
        textField('chiban', '地番', { required: true, hint: '例: 12番3' }),
        selectField('chimoku_genkyo', '地目（現況）', chimokuOptions, { required: true, hint: '課税は現況の地目による（地方税法第341条）' }),
        selectField('chimoku_toki', '地目（登記）', chimokuOptions, { required: true }),
        menseki('chiseki', '地積', '㎡（小数点以下2桁まで）', true),
        kingakuField('hyokagaku', '評価額', { required: true, hint: '円（固定資産評価基準による価格）' }),
        selectField('kazei_kubun', '課税上の区分', KAZEI_KUBUN.map((k) => [k, contractLabel('kazei_kubun', k)]), { required: true }),
        seisu('kosu', '住宅の戸数', '住宅用地のとき（小規模住宅用地は1戸につき200㎡まで）'),
        menseki('jutaku_yuka_menseki', '住宅の床面積', '住宅用地のとき（その10倍までが住宅用地）'),
        boolField('shigaika_kuiki', '市街化区域内（都市計画税の対象）', { value: true })),
      h('details', { class: 'fold' }, h('summary', {}, '前年度の課税標準額（移行: 前年度の賦課がこの業務にないとき）'),
        h('div', { class: 'grid' },
          kingakuField('zennendo.kotei_jutaku', '固定資産税 住宅用地分'), kingakuField('zennendo.kotei_hijutaku', '固定資産税 非住宅用地分'),
          kingakuField('zennendo.toshi_jutaku', '都市計画税 住宅用地分'), kingakuField('zennendo.toshi_hijutaku', '都市計画税 非住宅用地分'))),
    ],
  },
  kaoku: {
    id: 'kaoku', title: '家屋', idKey: 'kaoku_id', path: '/v1/koteishisanzei/kaoku', jiyuHint: '新築・所有権移転・増築・評価替え・滅失・訂正など',
    items: () => [
      h('div', { class: 'grid' },
        textField('shozai', '所在', { required: true, hint: '例: みなみ市本町一丁目12番地3' }),
        textField('kaoku_bango', '家屋番号', { required: true, hint: '例: 12番3' }),
        textField('shurui', '種類', { required: true, hint: '居宅・共同住宅・店舗・事務所など' }),
        textField('kozo', '構造', { required: true, hint: '木造・鉄骨造・鉄筋コンクリート造など' }),
        boolField('taika_kozo', '耐火構造・準耐火構造', { hint: '新築住宅減額が5年度分になる（3階建以上）' }),
        menseki('yuka_menseki', '床面積', null, true),
        menseki('kyoju_menseki', '居住部分の床面積', '㎡（新築住宅減額は120㎡まで）', true),
        textField('shinchiku_nengappi', '建築（新築）年月日', { required: true, hint: '例: 令和7年6月1日 / 2025-06-01' }),
        seisu('kaisu', '階数（地上）', null, true),
        kingakuField('hyokagaku', '評価額', { required: true, hint: '円（固定資産評価基準による価格）' }),
        boolField('shigaika_kuiki', '市街化区域内（都市計画税の対象）', { value: true })),
      h('div', { class: 'grid' }, checkField('kashiya', '一戸建以外の貸家住宅')),
    ],
  },
};

function shoyushaRows() {
  return rowTable({
    prefix: 'shoyusha',
    title: '所有者（共有のときは全員）',
    unit: '人目',
    cols: [
      { col: 'atenabango', label: '宛名番号', kind: 'text', required: true, placeholder: '宛名番号' },
      { col: 'mochibun', label: '持分', kind: 'text', placeholder: '1/2（単独は空欄）' },
    ],
    max: 50,
    addLabel: '所有者を追加',
    note: '賦課期日（1月1日）の所有者が納税義務者です（地方税法第343条）。共有者は連帯納税義務者の一組として課税し、代表者に通知します。市外の所有者は先に住登外者として登録してください。',
  });
}

/** Registration (no id) or 異動 of one entry (id: its latest version fills the form). */
export function torokuView(kind) {
  return (ctx, { id } = {}) => torokuForm(ctx, DAICHO[kind], id);
}

async function torokuForm(ctx, d, id) {
  const title = id ? `${d.title}の異動（${id}）` : `${d.title}の登録`;
  const result = h('div', { class: 'result', 'aria-live': 'polite' });
  const rows = shoyushaRows();
  const form = h('form', { class: 'card', 'aria-labelledby': `${d.id}-toroku-title`, novalidate: true, 'data-daicho': d.id },
    h('h1', { id: `${d.id}-toroku-title` }, title),
    h('p', { class: 'muted' }, id
      ? `${d.title}の新しい版を記録します。これまでの版は変更されず、照会で全ての版（異動日・処理日）を確認できます。異動日以後の賦課期日からこの版で課税します。`
      : `${d.title}を固定資産課税台帳に登録します（地方税法第380条）。異動日以後の賦課期日から課税します。`),
    h('div', { class: 'form-top', tabindex: '-1' }),
    h('fieldset', {}, h('legend', {}, '異動'),
      h('div', { class: 'grid' },
        textField('ido_bi', '異動日', { required: true, hint: 'この版が効力を持つ日（例: 令和7年4月1日 / 2025-04-01）' }),
        textField('ido_jiyu', '異動事由', { required: true, hint: d.jiyuHint, value: id ? '' : (d.id === 'tochi' ? '新規' : '新築') }),
        id ? checkField('shometsu', '滅失・合筆などで台帳から消える') : null)),
    h('fieldset', {}, h('legend', {}, `${d.title}の内容`), d.items()),
    rows.fieldset,
    h('div', { class: 'grid' }, textField('daihyosha', '代表者の宛名番号', { hint: '共有のとき、納税通知書を受け取る代表者（省略時は1人目）' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, id ? '異動を記録する' : '登録する'),
      id ? h('a', { href: link('zeimu', 'kotei', d.id, id) }, '照会に戻る') : null));
  ctx.show(form, result);
  if (id) {
    const loaded = h('div', {});
    form.prepend(loaded);
    const r = await loadInto(ctx, loaded, `${d.path}/${encodeURIComponent(id)}`);
    if (!r) return;
    const latest = r.versions.at(-1);
    (latest.shoyusha || []).forEach(() => rows.addRow());
    fillControls(form, { ...latest, ido_bi: '', ido_jiyu: '', shometsu: undefined });
  } else {
    rows.addRow();
  }
  const showProblem = formProblem(ctx.banner);
  const sender = commandSender(form, { onProblem: showProblem });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const { body, problem } = readForm(form);
    if (problem) {
      showProblem(form, problem);
      return;
    }
    if (body.zennendo && !Object.keys(body.zennendo).length) delete body.zennendo;
    const path = id ? `${d.path}/${encodeURIComponent(id)}/ido` : d.path;
    const r = await sender.send((submission) => ctx.clients.zeimu.command(submission, path, body));
    if (!r) return;
    const v = r.versions.at(-1);
    form.hidden = true;
    result.replaceChildren(h('div', { class: 'success', role: 'status', tabindex: '-1', 'data-testid': `${d.id}-toroku-success` },
      h('strong', {}, `${d.title}（${r[d.idKey]}）の第${v.version}版を記録しました`),
      h('p', {}, `${d.title}の番号: `, h('span', { 'data-testid': `${d.id}-id` }, r[d.idKey]), `　異動事由: ${v.ido_jiyu}`),
      h('p', { class: 'actions' },
        h('a', { class: 'button-link', href: link('zeimu', 'kotei', d.id, r[d.idKey]) }, `${d.title}の照会へ`),
        h('a', { href: link('zeimu', 'kotei', d.id) }, `続けて${d.title}を登録する`),
        h('a', { href: link('zeimu', 'kotei', 'shoyu', v.daihyosha) }, '所有者の資産を見る'))));
    result.querySelector('.success').focus();
  });
}
