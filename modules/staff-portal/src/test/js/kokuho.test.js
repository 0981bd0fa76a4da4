// 保険年金課 (kokuho/): its link to the national health insurance contract and code tables, and its screens
// rendered in a small DOM (mini-dom.js) against API clients whose fetch is scripted (fakes.js) — the real client,
// so Idempotency-Keys and problem+json are as in the browser. The screens in Chromium against the running service:
// modules/national-health-insurance KokuhoScreensTest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { json, scriptedFetch, settle } from './fakes.js';
import { installDom, text, viewContext } from './mini-dom.js';
import { BUILT_WEB, CODE_TABLES } from './built.js';

installDom();
const ROOT = new URL('../../../../../', import.meta.url);
const CONTRACT = readFileSync(new URL('contracts/national-health-insurance/v1.yaml', ROOT), 'utf8').split('\n');
const web = (f) => import(new URL(f, BUILT_WEB));
const { createClient } = await web('core/api.js');
const { createRouter } = await web('core/router.js');
const { allowedFor, loadDepartment, menusForRoles, rolesOf, DEPARTMENTS } = await web('departments.js');
const { CONTRACT_CODES, CONTRACT_LABELS } = await web('kokuho/contract-codes.js');
const { codeLabel, codeRow, contractLabel } = await web('kokuho/codes.js');
const format = await web('kokuho/format.js');

function schemaLines(name) {
  const start = CONTRACT.indexOf(`    ${name}:`);
  assert.ok(start > 0, `schema ${name} in the contract`);
  const end = CONTRACT.findIndex((l, i) => i > start && /^ {4}\S/.test(l));
  return CONTRACT.slice(start + 1, end < 0 ? undefined : end);
}

function contractEnum(schema, property) {
  const lines = schemaLines(schema);
  const at = lines.findIndex((l) => new RegExp(`^\\s+${property}:$`).test(l));
  assert.ok(at >= 0, `${schema}.${property} in the contract`);
  const indent = lines[at].search(/\S/);
  const values = [];
  let inEnum = false;
  for (const l of lines.slice(at + 1)) {
    if (l.search(/\S/) <= indent) break;
    if (/^\s+enum:$/.test(l)) inEnum = true;
    else if (inEnum && /^\s+- /.test(l)) values.push(l.replace(/^\s+- /, '').replace(/^'|'$/g, ''));
    else if (inEnum) break;
  }
  assert.ok(values.length, `enum of ${schema}.${property}`);
  return values;
}

/** An API client for the service whose answers come from `routes` ('GET /v1/…' → Response or function). */
function kokuhoClient(routes) {
  const fetchFn = scriptedFetch((call) => {
    const key = `${call.init.method} ${call.url.replace('https://kokuho.test', '')}`;
    const r = routes[key];
    if (!r) return json(404, { type: 'about:blank', title: '見つかりません', status: 404 });
    return typeof r === 'function' ? r(call) : r.clone();
  });
  const client = createClient({ name: 'kokuho', baseUrl: 'https://kokuho.test', fetchFn, retries: 0,
    auth: { accessToken: async () => 'token', refresh: async () => false, expired() {} } });
  return { client, calls: fetchFn.calls };
}

const HIHOKENSHA = {
  atenabango: '100000000011', setaibango: '200000000015', shimei: '国保　花子', shimei_furigana: 'コクホ　ハナコ',
  seinengappi: '1985-05-05', zokugara: '世帯主', jumin_jotai: 'jumin', hihokensha: false,
  shikaku_shutokubi: '2020-04-01', shikaku_soshitsubi: '2025-07-02',
  shikaku_rireki: [
    { rirekibango: 1, ido_kubun: 'shutoku', shikaku_ido_jiyu: 'tennyu', shikaku_ido_jiyu_mei: '転入', shikaku_shutokubi: '2020-04-01',
      idonengappi: '2020-04-01', shorinengappi: '2020-04-03', legal_basis: '国民健康保険法第5条・第7条', henko_bango: 12 },
    { rirekibango: 2, ido_kubun: 'soshitsu', shikaku_ido_jiyu: 'shaho_kanyu', shikaku_ido_jiyu_mei: '社会保険の加入', shikaku_soshitsubi: '2025-07-02',
      idonengappi: '2025-07-01', shorinengappi: '2025-07-10', legal_basis: '国民健康保険法第6条第1号・第8条', todokede_shubetsu: 'shaho_kanyu' },
  ],
};

const kikan = (o) => ({ tsuki_kara: 4, tsuki_made: 3, tsukisu: 12, hihokenshasu: 1, shotokuwari: 0, kintowari: 30000, kintowari_keigen: 6000,
  mishugakuji_keigen: 0, byodowari: 22000, byodowari_keigen: 4400, gokei: 41600, gendogaku: 660000, gendogaku_tekiyo: false, nengaku_soto: 41600, ...o });
const KEKKA = {
  nendo: 2025, nendo_label: '令和7年度', gisei_setainushi: true, mishugakujisu: 0,
  keigen: { wari: 2, hantei_kijunbi: '2025-07-01', hantei_shotoku: 900000, kyuyo_shotokusha_to_su: 1, taisho_ninzu: 1,
    kijun_7wari: 430000, kijun_5wari: 735000, kijun_2wari: 990000 },
  kubun: [
    { kubun: 'iryo', kubun_mei: '医療分', tsukisu: 9, nengaku: 31200, kikan: [kikan({ tsuki_kara: 7, tsukisu: 9 })] },
    { kubun: 'shien', kubun_mei: '後期高齢者支援金分', tsukisu: 9, nengaku: 10200,
      kikan: [kikan({ tsuki_kara: 7, tsukisu: 9, kintowari: 10000, kintowari_keigen: 2000, byodowari: 7000, byodowari_keigen: 1400, gokei: 13600, gendogaku: 260000, nengaku_soto: 13600 })] },
    { kubun: 'kaigo', kubun_mei: '介護納付金分', tsukisu: 0, nengaku: 0, kikan: [] },
  ],
  nengaku: 41400,
  santei_konkyo: [
    { rule_id: 'keigen', name_ja: '低所得者の軽減', legal_basis: '地方税法第703条の5', setsumei: '低所得者の軽減 2割 ← 軽減判定所得 900,000 [2割 基準: 430,000 + 560,000 × 1; 全国 令和7年度; confirmed]',
      parameters: [{ id: 'keigen-kijun', status: 'confirmed' }] },
    { rule_id: 'gendogaku', name_ja: '賦課限度額', legal_basis: '地方税法施行令第56条の88の2', setsumei: '限度額 660,000 [医療分 660,000; 全国 令和8年度; unconfirmed]',
      parameters: [{ id: 'gendogaku', name_ja: '賦課限度額', level: '全国', nendo: '令和8年度', status: 'unconfirmed', note: '令和8年度の政令の額は未確認' }] },
  ],
};

test('every enum value the contract can send has a row in the standard tables, or a label', () => {
  for (const [item, how] of Object.entries(CONTRACT_CODES)) {
    if (how.schema) for (const value of contractEnum(how.schema, how.property)) assert.ok(codeRow(item, value), `${item}=${value} → a row`);
    const table = CODE_TABLES[how.service || 'national-health-insurance'][how.table || item];
    for (const mapped of Object.values(how.values || {})) assert.ok(table.values.some((r) => r[how.column] === mapped), `${item}: ${mapped}`);
  }
  for (const [item, how] of Object.entries(CONTRACT_LABELS)) {
    assert.deepEqual(contractEnum(how.schema, how.property).sort(), Object.keys(how.labels).sort(), item);
  }
  assert.deepEqual(contractEnum('ShikakuRireki', 'todokede_shubetsu'), contractEnum('TodokedeRequest', 'todokede_shubetsu'));
  assert.equal(codeLabel('shikaku_ido_jiyu', 'koki_korei'), '後期高齢者医療の加入（75歳到達）');
  assert.equal(codeLabel('todokede_shubetsu', 'seikatsu_hogo_haishi'), '生活保護の廃止');
  assert.equal(codeLabel('hokenzei_kubun', 'shien'), '後期高齢者支援金分');
  assert.equal(codeLabel('jumin_jotai', 'shibo'), '死亡');
  assert.equal(contractLabel('ido_kubun', 'soshitsu'), '資格喪失');
  assert.equal(contractLabel('keigen_wari', 0), '軽減なし');
});

test('年度: 4月1日 begins the 国保税\'s 年度; the parameters\' range in 和暦 with the income year', () => {
  assert.deepEqual(format.NENDO_CHOICES, [2026, 2025, 2024, 2023]);
  assert.equal(format.defaultNendo('2026-03-31'), 2025);
  assert.equal(format.defaultNendo('2026-04-01'), 2026);
  assert.equal(format.defaultNendo('2030-06-01'), 2026);
  assert.equal(format.defaultNendo('2020-06-01'), 2023);
  assert.deepEqual(format.nendoOption(2025), ['2025', '令和7年度（令和6年分の所得）']);
  assert.equal(format.nichiji('2026-12-01T15:30:00Z'), '令和8年12月2日 00:30');
  assert.equal(format.normalizeBango(' １００-０００ '), '100000');
});

test('the department: registered with its roles, menu and routes under /kokuho, links by role', async () => {
  const entry = DEPARTMENTS.find((d) => d.id === 'kokuho');
  assert.deepEqual([entry.name, entry.services, entry.roles], ['保険年金課', ['kokuho'], ['hoken-clerk', 'hoken-shien', 'hoken-auditor']]);
  const d = await loadDepartment(entry);
  const labels = (roles) => menusForRoles([d], rolesOf({ realm_access: { roles } })).flatMap((x) => x.menu.map((m) => m.label));
  assert.deepEqual(labels(['hoken-clerk']), ['被保険者照会', '国保世帯', '資格の届出', '国保税の試算', '国保税の賦課', '所得不明世帯']);
  assert.deepEqual(labels(['hoken-shien']), ['被保険者照会', '国保世帯', '所得不明世帯']);
  assert.deepEqual(labels(['hoken-auditor']), ['アクセスログ']);
  assert.deepEqual(labels(['zeimu-clerk']), []);
  const router = createRouter(d.routes);
  const at = (path) => { const r = router.resolve(path); return r && [r.route.pattern, r.params]; };
  assert.deepEqual(at('/kokuho/hihokensha/100000000011'), ['/kokuho/hihokensha/:atenabango', { atenabango: '100000000011' }]);
  assert.deepEqual(at('/kokuho/setai/200000000015'), ['/kokuho/setai/:setaibango', { setaibango: '200000000015' }]);
  assert.deepEqual(at('/kokuho/setai/200000000015/2025/rireki'),
    ['/kokuho/setai/:setaibango/:nendo/:tab?', { setaibango: '200000000015', nendo: '2025', tab: 'rireki' }]);
  assert.equal(at('/kokuho/setai/200000000015/2025/kaigo'), null);
  assert.deepEqual(at('/kokuho/todokede'), ['/kokuho/todokede/:atenabango?', {}]);
  assert.deepEqual(at('/kokuho/shotoku-fumei/2025'), ['/kokuho/shotoku-fumei/:nendo?', { nendo: '2025' }]);
  assert.equal(at('/kokuho/hihokensha/令和'), null);
  const fuka = router.resolve('/kokuho/fuka').route;
  assert.equal(allowedFor(fuka, new Set(['hoken-shien'])), false, 'the 支援措置担当 looks up, the clerk assesses');
  assert.equal(allowedFor(router.resolve('/kokuho/setai/1').route, new Set(['hoken-shien'])), true);
  d.reset();
});

test('被保険者照会: the 資格 history with 事由, 根拠条文 and 和暦 beside 西暦; where each line came from', async () => {
  const { client, calls } = kokuhoClient({ 'GET /v1/hihokensha/100000000011': json(200, HIHOKENSHA) });
  const { hihokenshaView } = await web('kokuho/shokai.js');
  const ctx = viewContext({ kokuho: client });
  await hihokenshaView(ctx, { atenabango: '100000000011' });
  assert.equal(calls[0].headers.Authorization, 'Bearer token');
  const rows = ctx.main.querySelectorAll('[data-testid="shikaku-rireki"] tbody tr');
  assert.deepEqual(rows.map((r) => r.querySelectorAll('td').slice(1, 3).map(text)), [['資格取得', '転入'], ['資格喪失', '社会保険の加入']]);
  assert.match(text(rows[1]), /令和7年7月1日（2025-07-01）/);
  assert.match(text(rows[1]), /令和7年7月2日（2025-07-02）/);
  assert.match(text(rows[1]), /国民健康保険法第6条第1号・第8条/);
  assert.match(text(rows[1]), /届出（社会保険の加入）/);
  assert.match(text(rows[0]), /住民記録（変更番号 12）/);
  assert.equal(text(ctx.main.querySelector('[data-testid="shikaku-genzai"]')), '被保険者でない（令和7年7月2日喪失）');
  assert.equal(text(ctx.main.querySelector('[data-testid="hihokensha-jotai"]')), '被保険者でない');
  assert.match(text(ctx.main), /昭和60年5月5日（1985-05-05）/);
  assert.equal(ctx.main.querySelector('[data-testid="setai-link"]').getAttribute('href').split('/').slice(0, 4).join('/'), '#/kokuho/setai/200000000015');
  assert.ok(ctx.main.querySelector('a[href="#/kokuho/todokede/100000000011"]'), 'the clerk may enter a 届出');
  assert.doesNotMatch(text(ctx.main), /undefined|null/);
});

test('被保険者照会 of a person under 支援措置: the banner with the service\'s Japanese message, nothing of the person', async () => {
  const refusal = { type: 'https://kikan.jp/problems/shien-sochi', title: '支援措置により抑止されています', status: 403, code: 'shien-sochi',
    detail: '支援措置の対象者が含まれます。照会は支援措置担当の職員のみが行えます。' };
  const { client } = kokuhoClient({ 'GET /v1/hihokensha/100000000011': json(403, refusal, 'application/problem+json') });
  const { hihokenshaView } = await web('kokuho/shokai.js');
  const ctx = viewContext({ kokuho: client });
  await hihokenshaView(ctx, { atenabango: '100000000011' });
  assert.equal(ctx.banner.hidden, false);
  assert.equal(text(ctx.banner.querySelector('[data-testid="shien-detail"]')), refusal.detail);
  assert.ok(ctx.main.querySelector('.alert-shien'));
  assert.equal(ctx.main.querySelector('[data-testid="shikaku-rireki"]'), null);
});

test('国保世帯: members insured or not, the 擬制世帯主 named; the 賦課 tab only for the clerk', async () => {
  const setai = { setaibango: '200000000015', setainushi_atenabango: '100000000011', gisei_setainushi: true, hihokenshasu: 1,
    setaiin: [{ atenabango: '100000000011', shimei: '国保　花子', seinengappi: '1985-05-05', zokugara: '世帯主', setainushi: true, hihokensha: false },
      { atenabango: '100000000022', shimei: '国保　太郎', seinengappi: '2010-01-01', zokugara: '子', setainushi: false, hihokensha: true }] };
  const { client } = kokuhoClient({ 'GET /v1/setai/200000000015': json(200, setai) });
  const { setaiView } = await web('kokuho/setai.js');
  const ctx = viewContext({ kokuho: client });
  await setaiView(ctx, { setaibango: '200000000015', nendo: '2025' });
  const rows = ctx.main.querySelectorAll('[data-testid="setaiin"] tbody tr').map((r) => r.querySelectorAll('td').map(text));
  assert.deepEqual(rows.map((r) => [r[1], r[4], r[5]]), [['国保　花子', '擬制世帯主', '被保険者でない'], ['国保　太郎', '', '国保被保険者']]);
  assert.match(text(ctx.main.querySelector('[data-testid="gisei-text"]')), /^はい（世帯主は国保の被保険者ではありませんが、国保税の納税義務者です/);
  assert.deepEqual(ctx.main.querySelectorAll('nav.tabs a').map(text), ['世帯', '賦課', '賦課履歴']);
  assert.equal(ctx.main.querySelector('#f-setai-nendo').value, '2025');
  const shien = viewContext({ kokuho: client }, { realm_access: { roles: ['hoken-shien'] } });
  await setaiView(shien, { setaibango: '200000000015', nendo: '2025' });
  assert.deepEqual(shien.main.querySelectorAll('nav.tabs a').map(text), ['世帯', '賦課履歴']);
});

test('資格の届出: one Idempotency-Key per submission, the service\'s field errors next to their fields', async () => {
  const answers = [
    json(400, { type: 'about:blank', title: '入力内容に誤りがあります', status: 400, code: 'E0004',
      errors: [{ field: 'idonengappi', code: 'E0004', message: '異動年月日は存在する日付で入力してください' }] }, 'application/problem+json'),
    json(503, { type: 'about:blank', title: '一時的に利用できません', status: 503 }, 'application/problem+json'),
    json(201, { ...HIHOKENSHA }),
  ];
  const { client, calls } = kokuhoClient({ 'POST /v1/shikaku/todokede': () => answers.shift() });
  const { todokedeView } = await web('kokuho/todokede.js');
  const ctx = viewContext({ kokuho: client });
  todokedeView(ctx, { atenabango: '100000000011' });
  const form = ctx.main.querySelector('form');
  assert.equal(text(form.querySelector('label[for="f-idonengappi"]')), '社会保険の資格取得日必須');
  form.elements.todokede_shubetsu.value = 'seikatsu_hogo_kaishi';
  form.elements.todokede_shubetsu.dispatchEvent({ type: 'change', preventDefault() {} });
  assert.equal(text(form.querySelector('label[for="f-idonengappi"]')), '保護開始日必須');
  assert.match(text(ctx.main.querySelector('[data-testid="todokede-setsumei"]')), /生活保護の開始: その日に国保の資格を喪失します/);
  form.elements.idonengappi.value = '令和7年2月30日';
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.deepEqual(JSON.parse(calls[0].body), { atenabango: '100000000011', todokede_shubetsu: 'seikatsu_hogo_kaishi', idonengappi: '令和7年2月30日' });
  assert.equal(text(form.querySelector('[data-field="idonengappi"] .field-error')), '異動年月日は存在する日付で入力してください');
  assert.equal(form.elements.idonengappi.getAttribute('aria-invalid'), 'true');
  form.elements.idonengappi.value = '令和7年7月1日';
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.ok(ctx.main.querySelector('[data-testid="retry-hint"]'), 'no answer: the clerk is told a resend is safe');
  form.querySelector('button[type=submit]').click();
  await settle();
  const keys = calls.map((c) => c.headers['Idempotency-Key']);
  assert.notEqual(keys[0], keys[1], 'a refused submission spends its key');
  assert.equal(keys[1], keys[2], 'the resend after no answer is the same submission');
  assert.match(text(ctx.main.querySelector('[data-testid="todokede-success"]')), /生活保護の開始の届出を記録しました（国保　花子）/);
});

test('国保税の試算: members with incomes read by contract path, 国保 sent true or false, the result with its 算定根拠', async () => {
  const { client, calls } = kokuhoClient({ 'POST /v1/kokuho/shisan': json(200, KEKKA) });
  const { shisanView, resetShisan } = await web('kokuho/shisan.js');
  resetShisan();
  const ctx = viewContext({ kokuho: client });
  shisanView(ctx);
  const form = ctx.main.querySelector('form');
  const set = (path, v) => { form.querySelector(`[data-path="${path}"]`).value = v; };
  form.elements.nendo.value = '2025';
  set('setaiin[0].seinengappi', '昭和45年1月1日');
  form.querySelector('[data-path="setaiin[0].kokuho"]').checked = false;
  set('setaiin[0].shotoku.sosho_kingaku_to', '90万');
  ctx.main.querySelectorAll('button').find((b) => text(b) === '世帯員を追加').click();
  assert.equal(form.querySelectorAll('fieldset.setaiin').length, 2);
  assert.equal(form.querySelector('[data-path="setaiin[0].seinengappi"]').value, '昭和45年1月1日', 'kept when a member is added');
  assert.equal(form.querySelector('[data-path="setaiin[1].kokuho"]').checked, true);
  set('setaiin[1].seinengappi', '2000-01-01');
  set('setaiin[1].shikaku_shutokubi', '令和7年7月1日');
  set('setaiin[1].shotoku.sosho_kingaku_to', '0');
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(calls.length, 0, 'an amount that is no whole yen is refused at its field');
  assert.equal(text(form.querySelector('[data-field="setaiin[0].shotoku.sosho_kingaku_to"] .field-error')), '総所得金額等（前年分）は円単位の数字で入力してください（例: 3,000,000）');
  set('setaiin[0].shotoku.sosho_kingaku_to', '900,000');
  set('setaiin[0].shotoku.kyuyo_shunyu', '1550000');
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(calls[0].headers['Idempotency-Key'], undefined, 'nothing is stored: a plain request');
  assert.deepEqual(JSON.parse(calls[0].body), { nendo: 2025, setaiin: [
    { seinengappi: '昭和45年1月1日', shotoku: { sosho_kingaku_to: 900000, kyuyo_shunyu: 1550000 }, kokuho: false, setainushi: true },
    { seinengappi: '2000-01-01', shikaku_shutokubi: '令和7年7月1日', shotoku: { sosho_kingaku_to: 0 }, kokuho: true }] });
  const result = ctx.main.querySelector('.kekka');
  assert.equal(result.hidden, false);
  assert.equal(text(result.querySelector('[data-testid="kokuho-nengaku"]')), '41,400円');
  assert.equal(text(result.querySelector('[data-testid="nengaku-iryo"]')), '31,200円');
  assert.equal(text(result.querySelector('[data-testid="keigen-wari"]')), '2割軽減');
  const iryo = result.querySelectorAll('[data-testid="hokenzei-kubun"] tbody td[data-kubun="iryo"]').map(text);
  assert.deepEqual(iryo, ['7月〜3月（9か月）', '1人', '0円', '30,000円', '−6,000円', '—', '22,000円', '−4,400円', '41,600円', '660,000円', '41,600円', '31,200円']);
  assert.deepEqual(result.querySelectorAll('[data-testid="hokenzei-kubun"] thead th').map(text), ['医療分（基礎課税額）', '後期高齢者支援金分', '介護納付金分']);
  assert.deepEqual(result.querySelectorAll('td[data-kubun="kaigo"]').slice(0, 2).map(text), ['対象者なし', '—'], 'no member of 介護 age: no period');
  assert.match(text(result), /医療分（基礎課税額） 31,200円 ＋ 後期高齢者支援金分 10,200円 ＋ 介護納付金分 0円/);
  assert.match(text(result), /擬制世帯主/);
  assert.equal(result.querySelectorAll('.konkyo-step').length, 2);
  assert.match(text(result.querySelector('details.konkyo summary')), /うち未確認・推定のパラメータを用いた項目 1/);
  assert.match(text(result), /全国 令和7年度; 確認済\]/);
  // back on the screen: the last 試算 is still there (and forgotten on logout)
  shisanView(ctx);
  assert.equal(ctx.main.querySelectorAll('fieldset.setaiin').length, 2);
  assert.equal(ctx.main.querySelector('[data-path="setaiin[0].kokuho"]').checked, false);
  assert.equal(ctx.main.querySelector('#f-setainushi-0').checked, true);
  resetShisan();
});

test('賦課: 当初, unchanged, and the refusal for unknown incomes with the link to the list', async () => {
  const v1 = { setaibango: '200000000015', nendo: 2025, version: 1, kosei: false, nozeigimusha_atenabango: '100000000011', nengaku: 41400,
    sagaku: 41400, shorinengappi: '2025-06-10', kekka: KEKKA };
  let history = [];
  const answers = [
    json(422, { type: 'about:blank', title: '所得の分からない世帯員がいます', status: 422, code: 'shotoku-fumei',
      errors: [{ field: 'setaibango', code: 'shotoku-fumei', message: '宛名番号 100000000011: 未申告' }] }, 'application/problem+json'),
    json(201, v1), json(201, v1)];
  const { client, calls } = kokuhoClient({
    'GET /v1/kokuho/fuka/200000000015?nendo=2025': () => json(200, { items: history }),
    'POST /v1/kokuho/fuka': () => answers.shift(),
  });
  const { fukaView, fukaOutcome } = await web('kokuho/fuka.js');
  const ctx = viewContext({ kokuho: client });
  const body = document.createElement('div');
  await fukaView(ctx, body, { setaibango: '200000000015' }, 2025);
  assert.match(text(body.querySelector('[data-testid="fuka-genzai"]')), /令和7年度の賦課はまだありません/);
  const submit = body.querySelector('button[type=submit]');
  submit.click();
  await settle();
  assert.match(text(body.querySelector('[data-testid="form-problem"]')), /宛名番号 100000000011: 未申告/);
  assert.equal(body.querySelector('[data-testid="shotoku-fumei-hint"] a').getAttribute('href'), '#/kokuho/shotoku-fumei/2025');
  submit.click();
  await settle();
  const posts = calls.filter((c) => c.init.method === 'POST');
  assert.deepEqual(JSON.parse(posts[1].body), { setaibango: '200000000015', nendo: 2025 });
  assert.ok(posts[1].headers['Idempotency-Key']);
  assert.equal(text(body.querySelector('[data-testid="fuka-outcome"]')), '当初賦課を記録しました（第1版）');
  assert.match(text(body.querySelector('[data-testid="fuka-genzai"]')), /現在の税額: 第1版 41,400円/);
  history = [v1];
  submit.click();
  await settle();
  assert.equal(text(body.querySelector('[data-testid="fuka-outcome"]')), '税額に変更はありません（第1版のまま）');
  assert.equal(fukaOutcome({ ...v1, version: 2, kosei: true, sagaku: -20000 }, 1).title, '更正を記録しました（第2版、前の版との差額 −20,000円）');
});

test('賦課履歴: every version, latest first, the 更正\'s difference per 区分, each 算定根拠 folded', async () => {
  const v1 = { setaibango: '2', nendo: 2025, version: 1, kosei: false, nozeigimusha_atenabango: '1', nengaku: 41400, sagaku: 41400, shorinengappi: '2025-06-10', kekka: KEKKA };
  const k2 = structuredClone(KEKKA);
  k2.kubun[0].nengaku = 41600;
  k2.nengaku = 51800;
  const v2 = { ...v1, version: 2, kosei: true, nengaku: 51800, sagaku: 10400, shorinengappi: '2025-08-01', kekka: k2 };
  const { client } = kokuhoClient({ 'GET /v1/kokuho/fuka/2?nendo=2025': json(200, { items: [v1, v2] }) });
  const { rirekiView, kubunSagaku } = await web('kokuho/rireki.js');
  const ctx = viewContext({ kokuho: client });
  const body = document.createElement('div');
  await rirekiView(ctx, body, { setaibango: '2' }, 2025);
  const summary = body.querySelectorAll('[data-testid="rireki-summary"] tbody tr').map((r) => r.querySelectorAll('td').map(text));
  assert.deepEqual(summary, [['第1版', '当初賦課', '令和7年6月10日', '1', '41,400円', '—'], ['第2版', '更正', '令和7年8月1日', '1', '51,800円', '+10,400円']]);
  assert.deepEqual(body.querySelectorAll('article.version').map((a) => a.getAttribute('data-version')), ['2', '1']);
  assert.match(text(body.querySelector('article.version.latest h3')), /現在の税額/);
  const sagaku = body.querySelector('[data-testid="kosei-sagaku"] tbody tr[data-kubun="iryo"]').querySelectorAll('td').map(text);
  assert.deepEqual(sagaku, ['31,200円', '41,600円', '+10,400円']);
  assert.deepEqual(kubunSagaku(v2, v1).map((x) => x.sa), [10400, 0, 0]);
  assert.deepEqual(body.querySelectorAll('details.konkyo').map((d) => d.hasAttribute('open')), [false, false]);
  assert.match(text(body.querySelectorAll('details.konkyo summary')[0]), /^算定根拠（第2版）/);
});

test('所得不明世帯の一覧: each household links to its 賦課, each member to the person; an empty 年度 says so', async () => {
  const { client } = kokuhoClient({
    'GET /v1/kokuho/shotoku-fumei?nendo=2025': json(200, { items: [{ setaibango: '200000000015', nendo: 2025, atenabango: ['100000000011', '100000000022'], kenshutsu_at: '2025-06-10T01:00:00Z' }] }),
    'GET /v1/kokuho/shotoku-fumei?nendo=2024': json(200, { items: [] }),
  });
  const { shotokuFumeiView } = await web('kokuho/fumei.js');
  const ctx = viewContext({ kokuho: client });
  await shotokuFumeiView(ctx, { nendo: '2025' });
  const row = ctx.main.querySelector('[data-testid="fumei-list"] tbody tr');
  assert.deepEqual(row.querySelectorAll('a').map((a) => a.getAttribute('href')), ['#/kokuho/setai/200000000015/2025',
    '#/kokuho/hihokensha/100000000011', '#/kokuho/hihokensha/100000000022', '#/kokuho/setai/200000000015/2025/fuka']);
  assert.match(text(row), /令和7年6月10日 10:00/);
  await shotokuFumeiView(ctx, { nendo: '2024' });
  assert.equal(text(ctx.main.querySelector('[data-testid="fumei-empty"]')), '令和6年度の所得不明世帯はありません。');
});

test('what the screens recognise and check before sending', async () => {
  const { bangoOrMessage } = await web('kokuho/kensaku.js');
  const { isShotokuFumei } = await web('kokuho/fuka.js');
  const { actionLabel } = await web('kokuho/access-log.js');
  const { kikanLabel } = await web('kokuho/kekka.js');
  assert.deepEqual(bangoOrMessage('１２３', '宛名番号'), { value: '123' });
  assert.deepEqual(bangoOrMessage('', '宛名番号'), { message: '宛名番号を入力してください' });
  assert.deepEqual(bangoOrMessage('12a', '世帯番号'), { message: '世帯番号は数字（15桁以内）で入力してください' });
  assert.equal(isShotokuFumei({ status: 422, code: 'shotoku-fumei' }), true);
  assert.equal(isShotokuFumei({ status: 422, code: 'other' }), false);
  assert.equal(actionLabel('shokai-kyohi'), '照会（拒否）');
  assert.equal(actionLabel('rireki'), '履歴照会');
  assert.equal(kikanLabel({ tsuki_kara: 10, tsuki_made: 10, tsukisu: 1 }), '10月（1か月）');
});
