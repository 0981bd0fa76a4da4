// The 所得・控除・家族 a clerk enters, shared by 試算 (ShisanRequest) and 申告の入力 (ShinkokuRequest):
// the same items, named by the contract's paths. 試算 adds 生年月日 and 市区町村コード (a 申告 takes both
// from the taxpayer's record). The common items are open; the rarer ones are folded (<details>) and
// open by themselves when the service reports an error in them.

import { h } from '../core/dom.js';
import { ApiError } from '../core/problem.js';
import { controlsOf, readControls } from '../core/request-body.js';
import { codeOptions } from './codes.js';
import { checkField, fillControls, kingakuField, selectField, textField } from './controls.js';
import { rowTable } from './rows.js';

const SHOGAI = codeOptions('shogai_kubun', ['nashi', 'shogaisha', 'tokubetsu_shogaisha']);
const HITORIOYA = codeOptions('hitorioya_kubun', ['nashi', 'haha', 'chichi']);
const HAITO = codeOptions('haito_shurui', ['rieki_haito', 'shoken_toshi_shintaku', 'gaikadate_toshi_shintaku']);
const JUTAKU = [['', '（選択してください）'], ...codeOptions('jutaku_gendo_kubun', ['kihon', 'tokutei_shutoku'])];
export const BIRTH_HINT = '和暦・西暦どちらも可（例: 昭和55年4月1日、S55.4.1、1980-04-01）';

const grid = (...c) => h('div', { class: 'grid' }, c);
const folded = (title, ...c) => h('details', { class: 'fold' }, h('summary', {}, title), ...c);

function honnin(shisan) {
  return h('fieldset', {}, h('legend', {}, '本人'),
    grid(
      shisan ? textField('honnin.seinengappi', '生年月日', { required: true, hint: BIRTH_HINT }) : null,
      selectField('honnin.shogai_kubun', '障害者の区分', SHOGAI, { hint: '所得年の12月31日現在' }),
      selectField('honnin.hitorioya_kubun', 'ひとり親', HITORIOYA)),
    h('div', { class: 'checks' },
      checkField('honnin.kafu', '寡婦'),
      checkField('honnin.kinro_gakusei', '勤労学生'),
      checkField('honnin.seikatsu_hogo', '1月1日現在で生活扶助を受けている')));
}

function shunyu() {
  const haito = rowTable({
    prefix: 'shunyu.haito', title: '配当所得（総合課税）', unit: '件目', max: 10, addLabel: '配当を追加',
    cols: [{ col: 'shurui', label: '配当の種類', kind: 'select', options: HAITO, required: true },
      { col: 'haito_shotoku', label: '配当所得', kind: 'kingaku', required: true }],
  });
  const node = h('fieldset', {}, h('legend', {}, '収入・所得（所得年の1月〜12月）'),
    grid(
      kingakuField('shunyu.kyuyo_shunyu', '給与収入', { hint: '源泉徴収票の支払金額' }),
      kingakuField('shunyu.koteki_nenkin_shunyu', '公的年金等の収入金額'),
      kingakuField('shunyu.jigyo_shotoku', '事業所得', { negative: true }),
      kingakuField('shunyu.fudosan_shotoku', '不動産所得', { negative: true }),
      kingakuField('shunyu.zatsu_shotoku_sonota', '雑所得（公的年金等以外）'),
      kingakuField('shunyu.sonota_shotoku', 'その他の所得（総合課税）', { hint: '一時所得は2分の1にした後の金額' })),
    folded('配当所得', haito.fieldset));
  return { node, haito };
}

function shiharai() {
  return h('fieldset', {}, h('legend', {}, '所得控除（支払った保険料など）'),
    grid(
      kingakuField('shiharai.shakai_hokenryo', '社会保険料'),
      kingakuField('shiharai.shokibo_kigyo_kyosai_kakekin', '小規模企業共済等掛金'),
      kingakuField('shiharai.jishin_hokenryo', '地震保険料')),
    folded('生命保険料',
      grid(
        kingakuField('shiharai.seimei_hokenryo.shin_ippan', '一般生命保険料（新契約）'),
        kingakuField('shiharai.seimei_hokenryo.kyu_ippan', '一般生命保険料（旧契約）'),
        kingakuField('shiharai.seimei_hokenryo.shin_kaigo_iryo', '介護医療保険料'),
        kingakuField('shiharai.seimei_hokenryo.shin_kojin_nenkin', '個人年金保険料（新契約）'),
        kingakuField('shiharai.seimei_hokenryo.kyu_kojin_nenkin', '個人年金保険料（旧契約）'))),
    folded('医療費・雑損',
      grid(
        kingakuField('shiharai.iryohi', '支払った医療費'),
        kingakuField('shiharai.iryohi_hotenkin', '医療費を補塡する保険金等'),
        kingakuField('shiharai.zasson_sonshitsu', '雑損: 損失額'),
        kingakuField('shiharai.zasson_hotenkin', '雑損: 保険金等で補塡される金額'),
        kingakuField('shiharai.saigai_kanren_shishutsu', '雑損: 災害関連支出'))));
}

function haigusha() {
  const toggle = h('input', { type: 'checkbox', id: 'f-haigusha-ari' });
  const part = h('div', { class: 'subpart', hidden: true, 'data-object-path': 'haigusha' },
    grid(
      textField('haigusha.seinengappi', '配偶者の生年月日', { required: true, hint: BIRTH_HINT }),
      kingakuField('haigusha.gokei_shotoku', '配偶者の合計所得金額', { hint: '所得年の合計所得金額（収入ではありません）' }),
      selectField('haigusha.shogai_kubun', '配偶者の障害者の区分', SHOGAI)),
    h('div', { class: 'checks' }, checkField('haigusha.dokyo', '同居'), checkField('haigusha.kokugai_kyoju', '国外居住')));
  toggle.addEventListener('change', () => { part.hidden = !toggle.checked; });
  return {
    fieldset: h('fieldset', {}, h('legend', {}, '配偶者'),
      h('label', { class: 'check', for: 'f-haigusha-ari' }, toggle, '生計を一にする配偶者がいる'), part),
    open: () => { toggle.checked = true; part.hidden = false; },
  };
}

function fuyo() {
  return rowTable({
    prefix: 'fuyo_shinzoku', title: '扶養親族（生計を一にする親族）', unit: '人目', max: 30, addLabel: '扶養親族を追加',
    note: '16歳未満の子も入力してください（非課税の判定と調整控除に用います）。',
    cols: [
      { col: 'seinengappi', label: '生年月日', kind: 'text', required: true, placeholder: '和暦・西暦' },
      { col: 'gokei_shotoku', label: '合計所得金額', kind: 'kingaku' },
      { col: 'shogai_kubun', label: '障害者の区分', kind: 'select', options: SHOGAI },
      { col: 'dokyo', label: '同居', kind: 'check' },
      { col: 'chokkei_sonzoku', label: '直系尊属', kind: 'check' },
      { col: 'kokugai_kyoju', label: '国外居住', kind: 'check' },
    ],
  });
}

function kifukin() {
  return folded('寄附金（ふるさと納税など）',
    grid(
      kingakuField('kifukin.furusato_nozei', '都道府県・市区町村への寄附（ふるさと納税）'),
      kingakuField('kifukin.kyodo_bokin_nisseki', '共同募金会・日本赤十字社（県内）'),
      kingakuField('kifukin.jorei_shitei_shi', '市区町村の条例で指定された寄附'),
      kingakuField('kifukin.jorei_shitei_ken', '都道府県の条例で指定された寄附')),
    h('div', { class: 'checks' }, checkField('kifukin.onestop_tokurei', 'ふるさと納税ワンストップ特例')));
}

function jutakuLoan() {
  return folded('住宅借入金等特別税額控除',
    grid(
      kingakuField('jutaku_loan.shotokuzei_kojo_zangaku', '所得税から控除しきれなかった額', { hint: '住宅借入金等特別控除可能額 − 所得税で控除した額' }),
      kingakuField('jutaku_loan.shotokuzei_kazei_soshotoku_kingaku_to', '所得税の課税総所得金額等'),
      selectField('jutaku_loan.kubun', '控除限度額の区分', JUTAKU, { hint: '居住開始年による' })));
}

/**
 * The sections of the form. `shisan`: with 生年月日 (the 試算 has no record to take it from).
 * → { nodes, fill(values) } — fill puts a body (a saved 申告) back into the controls.
 */
export function nyuryokuSections({ shisan = false } = {}) {
  const spouse = haigusha();
  const dependents = fuyo();
  const income = shunyu();
  const nodes = [honnin(shisan), income.node, shiharai(), spouse.fieldset, dependents.fieldset,
    h('fieldset', {}, h('legend', {}, '寄附金・税額控除'), kifukin(), jutakuLoan())];
  return {
    nodes,
    fill(root, values) {
      if (values.haigusha) spouse.open();
      (values.fuyo_shinzoku || []).forEach(() => dependents.addRow());
      (values.shunyu?.haito || []).forEach(() => income.haito.addRow());
      fillControls(root, values);
      // a folded part holding something entered is shown open, so nothing saved goes unseen
      root.querySelectorAll('details.fold').forEach((d) => {
        if ([...d.querySelectorAll('[data-path]')].some((el) => (el.type === 'checkbox' ? el.checked : el.tagName !== 'SELECT' && el.value))) d.open = true;
      });
    },
  };
}

/** The form's body and the amounts that could not be read (shown at their fields; nothing is sent). */
export function readNyuryoku(form) {
  const { body, errors } = readControls(controlsOf(form));
  return { body, problem: errors.length ? new ApiError({ title: '入力内容を確認してください', errors }) : null };
}
