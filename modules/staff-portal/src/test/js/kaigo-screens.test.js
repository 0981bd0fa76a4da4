// 介護保険課 (kaigo/) screens rendered in a small DOM (mini-dom.js) against the real API client whose fetch answers as a
// test scripts it (kaigo-fixtures.js): what each screen shows of the service's answers, what it sends, where a refusal
// lands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settle } from './fakes.js';
import { CLERK, HIHOKENSHA, json, kaigoClient, KEKKA, SHIEN, web } from './kaigo-fixtures.js';
import { installDom, text, viewContext } from './mini-dom.js';

installDom();
const problem = (status, code, title, errors = [], detail) =>
  json(status, { type: 'about:blank', title, status, code, errors, ...(detail ? { detail } : {}) }, 'application/problem+json');
const submit = (root) => { root.querySelector('button[type=submit]').click(); return settle(); };

test('被保険者照会: 被保険者番号, 住所地特例, the 資格 history with 事由, 効力日, 施設, 根拠条文 and 和暦 beside 西暦', async () => {
  const { client, calls } = kaigoClient({ 'GET /v1/hihokensha/100000000011': json(200, HIHOKENSHA) });
  const { hihokenshaView } = await web('kaigo/shokai.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  await hihokenshaView(ctx, { atenabango: '100000000011' });
  assert.equal(calls[0].headers.Authorization, 'Bearer token');
  const rows = ctx.main.querySelectorAll('[data-testid="shikaku-rireki"] tbody tr');
  assert.deepEqual(rows.map((r) => r.querySelectorAll('td').slice(1, 3).map(text)),
    [['資格取得', '65歳到達'], ['資格継続', '住所地特例の適用（他市町村の施設に入所）']]);
  assert.match(text(rows[1]), /令和8年10月1日（2026-10-01）/);
  assert.match(text(rows[1]), /特別養護老人ホームきた苑（架空県きた町）/);
  assert.equal(text(rows[1].querySelector('td.origin')), '届出');
  assert.match(text(rows[0]), /住民記録（変更番号 12）/);
  assert.match(text(rows[0]), /介護保険法第9条第1号・第10条第4号/);
  assert.equal(text(ctx.main.querySelector('[data-testid="shikaku-genzai"]')), '第1号被保険者（平成27年5月4日取得）');
  assert.equal(text(ctx.main.querySelector('[data-testid="hihokensha-bango"]')), '被保険者番号 0000000123');
  assert.equal(text(ctx.main.querySelector('[data-testid="tokurei"]')), '住所地特例');
  assert.match(text(ctx.main), /昭和25年5月5日（1950-05-05）/);
  assert.match(text(ctx.main), /被保険者区分第1号被保険者/);
  assert.deepEqual(ctx.main.querySelectorAll('nav.tabs a').map(text), ['資格', '保険料の賦課', '賦課履歴', '負担割合', '要介護認定']);
  assert.ok(ctx.main.querySelector('a[href="#/kaigo/todokede/100000000011"]'), 'the clerk may enter a 届出');
  assert.doesNotMatch(text(ctx.main), /undefined|null|NaN/);
  const shien = viewContext({ kaigo: client }, SHIEN);
  await hihokenshaView(shien, { atenabango: '100000000011' });
  assert.deepEqual(shien.main.querySelectorAll('nav.tabs a').map(text), ['資格', '賦課履歴', '負担割合', '要介護認定']);
  assert.equal(shien.main.querySelector('a[href="#/kaigo/todokede/100000000011"]'), null);
});

test('被保険者照会 of a person under 支援措置: the banner with the service\'s Japanese message, nothing of the person', async () => {
  const detail = '支援措置の対象者です。照会は支援措置担当の職員のみが行えます。';
  const { client } = kaigoClient({ 'GET /v1/hihokensha/100000000011': problem(403, 'shien-sochi', '支援措置により抑止されています', [], detail) });
  const { hihokenshaView } = await web('kaigo/shokai.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  await hihokenshaView(ctx, { atenabango: '100000000011' });
  assert.equal(ctx.banner.hidden, false);
  assert.equal(text(ctx.banner.querySelector('[data-testid="shien-detail"]')), detail);
  assert.equal(ctx.main.querySelector('[data-testid="shikaku-rireki"]'), null);
});

test('資格の届出: the facility and the date follow the kind; one Idempotency-Key per submission; field errors at their fields', async () => {
  const answers = [
    problem(422, 'shisetsu-hissu', '施設の名称が必要です', [{ field: 'shisetsu_mei', code: 'E0004', message: '住所地特例の適用には施設の名称が必要です' }]),
    json(503, { type: 'about:blank', title: '一時的に利用できません', status: 503 }, 'application/problem+json'),
    json(201, HIHOKENSHA),
  ];
  const { client, calls } = kaigoClient({ 'POST /v1/shikaku/todokede': () => answers.shift() });
  const { todokedeView } = await web('kaigo/todokede.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  todokedeView(ctx, { atenabango: '100000000011' });
  const form = ctx.main.querySelector('form');
  assert.equal(text(form.querySelector('label[for="f-idonengappi"]')), '施設への入所日必須');
  assert.equal(text(form.querySelector('label[for="f-shisetsu_mei"]')), '施設の名称必須');
  form.elements.todokede_shubetsu.value = 'tekiyo_jogai_taisho';
  form.elements.todokede_shubetsu.dispatchEvent({ type: 'change', preventDefault() {} });
  assert.equal(text(form.querySelector('label[for="f-idonengappi"]')), '適用除外施設からの退所日必須');
  assert.equal(text(form.querySelector('label[for="f-shisetsu_mei"]')), '施設の名称');
  assert.match(text(ctx.main.querySelector('[data-testid="todokede-setsumei"]')), /適用除外施設を退所: 65歳以上なら退所日に資格を取得します/);
  form.elements.todokede_shubetsu.value = 'jushochi_tokurei_tekiyo';
  form.elements.todokede_shubetsu.dispatchEvent({ type: 'change', preventDefault() {} });
  form.elements.idonengappi.value = '令和8年10月1日';
  await submit(form);
  assert.deepEqual(JSON.parse(calls[0].body), { atenabango: '100000000011', todokede_shubetsu: 'jushochi_tokurei_tekiyo', idonengappi: '令和8年10月1日' });
  assert.equal(text(form.querySelector('[data-field="shisetsu_mei"] .field-error')), '住所地特例の適用には施設の名称が必要です');
  form.elements.shisetsu_mei.value = '特別養護老人ホームきた苑';
  form.elements.shisetsu_shozaichi.value = '架空県きた町';
  await submit(form);
  assert.ok(ctx.main.querySelector('[data-testid="retry-hint"]'), 'no answer: the clerk is told a resend is safe');
  await submit(form);
  const keys = calls.map((c) => c.headers['Idempotency-Key']);
  assert.notEqual(keys[0], keys[1], 'a refused submission spends its key');
  assert.equal(keys[1], keys[2], 'the resend after no answer is the same submission');
  assert.equal(JSON.parse(calls[2].body).shisetsu_shozaichi, '架空県きた町');
  assert.match(text(ctx.main.querySelector('[data-testid="todokede-success"]')), /住所地特例の適用（他市町村の施設に入所）の届出を記録しました（介護　花子）第1号被保険者です。（住所地特例の適用中）/);
});

test('保険料の試算: 本人 and 世帯員 read by contract path, 課税 chosen never guessed, the 段階 with its reasons and 算定根拠', async () => {
  const { client, calls } = kaigoClient({ 'POST /v1/kaigo/shisan': json(200, KEKKA) });
  const { shisanView, resetShisan } = await web('kaigo/shisan.js');
  resetShisan();
  const ctx = viewContext({ kaigo: client }, CLERK);
  shisanView(ctx);
  const form = ctx.main.querySelector('form');
  const set = (path, v) => { form.querySelector(`[data-path="${path}"]`).value = v; };
  form.elements.nendo.value = '2025';
  set('honnin.gokei_shotoku_kingaku', '0');
  set('honnin.kazei_nenkin_shunyu', '80万');
  await submit(form);
  assert.equal(calls.length, 0, 'nothing sent while the form is wrong');
  assert.equal(text(form.querySelector('[data-field="honnin.kazei"] .field-error')), '本人の住民税の課税・非課税を選んでください');
  assert.equal(text(form.querySelector('[data-field="honnin.kazei_nenkin_shunyu"] .field-error')), '課税年金収入額は円単位の数字で入力してください（例: 3,000,000）');
  set('honnin.kazei', 'false');
  set('honnin.kazei_nenkin_shunyu', '800,000');
  const add = ctx.main.querySelectorAll('button').find((b) => text(b) === '世帯員を追加');
  add.click();
  add.click();
  form.querySelector('[data-path="setaiin[0].kazei"]').checked = true;
  await submit(form);
  assert.equal(calls[0].headers['Idempotency-Key'], undefined, 'nothing is stored: a plain request');
  assert.deepEqual(JSON.parse(calls[0].body), { nendo: 2025, honnin: { kazei: false, gokei_shotoku_kingaku: 0, kazei_nenkin_shunyu: 800000 },
    setaiin: [{ kazei: true }, { kazei: false }] });
  const result = ctx.main.querySelector('.kekka');
  assert.equal(result.hidden, false);
  assert.equal(text(result.querySelector('[data-testid="kaigo-nengaku"]')), '72,300円');
  assert.equal(text(result.querySelector('[data-testid="dankai"]')), '第4段階');
  assert.equal(text(result.querySelector('[data-testid="dankai-text"]')), '第4段階（全13段階）');
  assert.equal(text(result.querySelector('[data-testid="jyoritsu"]')), '0.9');
  assert.equal(text(result.querySelector('[data-testid="tsukisu"]')), '12か月');
  assert.match(text(result.querySelector('[data-testid="riyu"]')), /800,000円 ≦ 809,000円: 第4段階/);
  assert.match(text(result), /この団体の条例（段階表・基準額）/);
  assert.equal(result.querySelectorAll('.konkyo-step').length, 2);
  assert.match(text(result.querySelector('details.konkyo summary')), /うち未確認・推定のパラメータを用いた項目 1/);
  assert.equal(result.querySelector('details.konkyo').hasAttribute('open'), true);
  // a member removed: the ones after it move up with what was checked
  form.querySelector('[data-index="0"] button.remove').click();
  assert.equal(form.querySelectorAll('.member-row').length, 1);
  assert.equal(form.querySelector('[data-path="setaiin[0].kazei"]').checked, false);
  // back on the screen: the last 試算 is still there (and forgotten on logout)
  shisanView(ctx);
  assert.equal(ctx.main.querySelectorAll('.member-row').length, 2);
  assert.equal(ctx.main.querySelector('[data-path="setaiin[0].kazei"]').checked, true);
  assert.equal(ctx.main.querySelector('[data-path="honnin.kazei"]').value, 'false');
  assert.equal(ctx.main.querySelector('[data-path="honnin.kazei_nenkin_shunyu"]').value, '800,000');
  resetShisan();
});

test('保険料の賦課: 当初, unchanged, and the refusal for an unknown income with what the clerk can do', async () => {
  const v1 = { atenabango: '100000000011', nendo: 2025, version: 1, kosei: false, hihokensha_bango: '0000000123', dankai: 4, nengaku: 72300,
    sagaku: 72300, shorinengappi: '2026-06-10', kekka: KEKKA };
  let history = [];
  const answers = [problem(422, 'shotoku-fumei', '所得の分からない方がいます', [{ field: 'setaiin', code: 'E0004', message: '宛名番号 100000000022: 未申告' }]),
    json(201, v1), json(201, v1)];
  const { client, calls } = kaigoClient({
    'GET /v1/kaigo/fuka/100000000011?nendo=2025': () => json(200, { items: history }),
    'POST /v1/kaigo/fuka': () => answers.shift(),
  });
  const { fukaView } = await web('kaigo/fuka.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  const body = document.createElement('div');
  await fukaView(ctx, body, HIHOKENSHA, 2025);
  assert.match(text(body.querySelector('[data-testid="fuka-genzai"]')), /令和7年度の賦課はまだありません/);
  await submit(body);
  assert.match(text(body.querySelector('[data-testid="form-problem"]')), /宛名番号 100000000022: 未申告/);
  assert.match(text(body.querySelector('[data-testid="fuka-hint"]')), /所得0円として賦課はしません/);
  await submit(body);
  const posts = calls.filter((c) => c.init.method === 'POST');
  assert.deepEqual(JSON.parse(posts[1].body), { atenabango: '100000000011', nendo: 2025 });
  assert.ok(posts[1].headers['Idempotency-Key']);
  assert.equal(text(body.querySelector('[data-testid="fuka-outcome"]')), '当初賦課を記録しました（第1版）');
  assert.match(text(body.querySelector('[data-testid="fuka-genzai"]')), /現在の保険料: 第1版 第4段階 72,300円（処理年月日 令和8年6月10日）/);
  assert.equal(text(body.querySelector('[data-testid="fuka-success"] [data-testid="kaigo-nengaku"]')), '72,300円');
  history = [v1];
  await submit(body);
  assert.equal(text(body.querySelector('[data-testid="fuka-outcome"]')), '保険料に変更はありません（第1版のまま）');
});

test('賦課履歴: every version, latest first, the 更正 with 段階 and amounts before and after, each 算定根拠 folded', async () => {
  const v1 = { atenabango: '1', nendo: 2025, version: 1, kosei: false, dankai: 1, nengaku: 22900, sagaku: 22900, shorinengappi: '2026-06-10',
    kekka: { ...KEKKA, dankai: 1, jyoritsu: '0.455', keigen_jyoritsu: '0.285', hantei_shotoku: 700000, hokenryo_nengaku: 22900, nengaku: 22900 } };
  const v2 = { ...v1, version: 2, kosei: true, dankai: 4, nengaku: 72300, sagaku: 49400, shorinengappi: '2026-08-01', kekka: KEKKA };
  const { client } = kaigoClient({ 'GET /v1/kaigo/fuka/1?nendo=2025': json(200, { items: [v1, v2] }) });
  const { rirekiView } = await web('kaigo/rireki.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  const body = document.createElement('div');
  await rirekiView(ctx, body, { atenabango: '1' }, 2025);
  const summary = body.querySelectorAll('[data-testid="rireki-summary"] tbody tr').map((r) => r.querySelectorAll('td').map(text));
  assert.deepEqual(summary, [['第1版', '当初賦課', '令和8年6月10日', '第1段階', '12か月', '22,900円', '—'],
    ['第2版', '更正', '令和8年8月1日', '第4段階', '12か月', '72,300円', '+49,400円']]);
  assert.deepEqual(body.querySelectorAll('article.version').map((a) => a.getAttribute('data-version')), ['2', '1']);
  const kosei = body.querySelectorAll('[data-testid="kosei-sagaku"] tbody tr').map((r) => [r.querySelector('th'), ...r.querySelectorAll('td')].map(text));
  assert.deepEqual(kosei.slice(0, 2), [['所得段階', '第1段階', '第4段階', '+3段階'], ['段階判定の所得', '700,000円', '800,000円', '+100,000円']]);
  assert.deepEqual(body.querySelectorAll('[data-testid="kosei-sagaku"] tfoot td').map(text), ['22,900円', '72,300円', '+49,400円']);
  assert.match(text(body.querySelector('article.version[data-version="1"]')), /0\.455 → 公費軽減後 0\.285/);
  assert.deepEqual(body.querySelectorAll('details.konkyo').map((d) => d.hasAttribute('open')), [false, false]);
});

test('アクセスログ: the auditor searches the log of the kaigo service and verifies its chain', async () => {
  const { client, calls } = kaigoClient({
    'GET /v1/access-log?target_id=100000000011&limit=200': json(200, { items: [{ seq: 5, occurred_at: '2026-12-01T00:30:00Z', actor: 'kaigo1',
      action: 'shokai', target_id: '100000000011', hash: 'h', prev_hash: 'p' }] }),
    'GET /v1/access-log/verification': json(200, { intact: true, entries_checked: 5, chains_checked: 1 }),
  });
  const { accessLogView } = await web('kaigo/access-log.js');
  const ctx = viewContext({ kaigo: client }, { realm_access: { roles: ['kaigo-auditor'] } });
  accessLogView(ctx);
  const form = ctx.main.querySelector('form');
  form.elements.target_id.value = '１０００００００００１１';
  await submit(form);
  assert.deepEqual(ctx.main.querySelectorAll('[data-testid="log-list"] tbody td').slice(0, 5).map(text), ['5', '令和8年12月1日 09:30', 'kaigo1', '照会', '100000000011']);
  ctx.main.querySelectorAll('button').find((b) => text(b) === 'ハッシュ連鎖を検証').click();
  await settle();
  assert.match(text(ctx.main.querySelector('[data-testid="log-verification"]')), /改ざんされていません/);
  assert.ok(calls.every((c) => c.url.startsWith('https://kaigo.test/')));
});
