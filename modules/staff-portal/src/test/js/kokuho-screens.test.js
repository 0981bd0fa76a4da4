// 保険年金課 (kokuho/) screens rendered in a small DOM (mini-dom.js) against the real API client whose fetch answers
// as a test scripts it (kokuho-fixtures.js): what each screen shows of the service's answers, what it sends, where a
// refusal lands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settle } from './fakes.js';
import { HIHOKENSHA, json, KEKKA, kokuhoClient, web } from './kokuho-fixtures.js';
import { installDom, text, viewContext } from './mini-dom.js';

installDom();

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

test('国保税の試算: removing a member moves up the ones after it with what was typed, even what is not yet valid', async () => {
  const { shisanView, resetShisan } = await web('kokuho/shisan.js');
  resetShisan();
  const ctx = viewContext({ kokuho: kokuhoClient({}).client });
  shisanView(ctx);
  const form = ctx.main.querySelector('form');
  const add = ctx.main.querySelectorAll('button').find((b) => text(b) === '世帯員を追加');
  add.click();
  add.click();
  const at = (path) => form.querySelector(`[data-path="${path}"]`);
  at('setaiin[1].seinengappi').value = '平成元年1月8日';
  at('setaiin[2].seinengappi').value = '令和2年2月2日';
  at('setaiin[2].shotoku.sosho_kingaku_to').value = '12万'; // not valid yet: kept as typed
  at('setaiin[2].kokuho').checked = false;
  form.querySelector('#f-setainushi-2').checked = true;
  form.querySelector('fieldset.setaiin[data-index="1"] button.remove').click();
  assert.equal(form.querySelectorAll('fieldset.setaiin').length, 2);
  assert.equal(at('setaiin[1].seinengappi').value, '令和2年2月2日');
  assert.equal(at('setaiin[1].shotoku.sosho_kingaku_to').value, '12万');
  assert.equal(at('setaiin[1].kokuho').checked, false);
  assert.equal(form.querySelector('#f-setainushi-1').checked, true, 'the 世帯主 moves with the member');
  assert.equal(text(form.querySelector('fieldset.setaiin[data-index="1"] legend')), '世帯員 2');
  assert.equal(form.querySelector('fieldset.setaiin[data-index="0"] button.remove'), null, 'the first member stays');
});
