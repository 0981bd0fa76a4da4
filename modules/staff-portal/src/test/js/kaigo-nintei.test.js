// 介護保険課 (kaigo/) screens of 負担割合 and 要介護認定 rendered in a small DOM (mini-dom.js) against the real API client
// whose fetch answers as a test scripts it (kaigo-fixtures.js), as kaigo-screens.test.js does for 資格 and 保険料.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settle } from './fakes.js';
import { CLERK, FUTAN, HIHOKENSHA, json, kaigoClient, SHIEN, shinsei, web } from './kaigo-fixtures.js';
import { installDom, text, viewContext } from './mini-dom.js';

installDom();
const problem = (status, code, title, errors = [], detail) =>
  json(status, { type: 'about:blank', title, status, code, errors, ...(detail ? { detail } : {}) }, 'application/problem+json');
const submit = (root) => { root.querySelector('button[type=submit]').click(); return settle(); };

test('負担割合: the share, its 8月〜7月 period, the incomes judged and the reasons; an unknown income explained', async () => {
  const { client } = kaigoClient({
    'GET /v1/kaigo/futan-wariai/100000000011?nendo=2025': json(200, FUTAN),
    'GET /v1/kaigo/futan-wariai/100000000011?nendo=2024': problem(422, 'shotoku-fumei', '所得の分からない方がいます'),
  });
  const { futanWariaiView } = await web('kaigo/futan-wariai.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  let body = document.createElement('div');
  await futanWariaiView(ctx, body, HIHOKENSHA, 2025);
  assert.equal(text(body.querySelector('[data-testid="futan-wariai"]')), '2割');
  assert.equal(text(body.querySelector('[data-testid="futan-kikan"]')), '適用期間 令和7年8月1日〜令和8年7月31日');
  assert.equal(text(body.querySelector('[data-testid="setai-nenkin-sonota"]')), '2,800,000円');
  assert.match(text(body.querySelector('[data-testid="futan-riyu"]')), /（単身）: 2割/);
  assert.equal(body.querySelectorAll('.konkyo-step').length, 1);
  body = document.createElement('div');
  await futanWariaiView(ctx, body, HIHOKENSHA, 2024);
  assert.match(text(body.querySelector('[data-testid="futan-hint"]')), /負担割合を判定できません/);
});

test('負担割合の試算: 本人 and the other 第1号被保険者 of the 世帯 by contract path; the result as the lookup shows it', async () => {
  const { client, calls } = kaigoClient({ 'POST /v1/kaigo/futan-wariai/shisan': json(200, FUTAN) });
  const { futanShisanView } = await web('kaigo/futan-shisan.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  futanShisanView(ctx);
  const form = ctx.main.querySelector('form');
  const set = (path, v) => { form.querySelector(`[data-path="${path}"]`).value = v; };
  form.elements.nendo.value = '2025';
  set('honnin.kazei', 'true');
  set('honnin.gokei_shotoku_kingaku', '1,600,000');
  set('honnin.nenkin_shunyu', '2,800,000');
  ctx.main.querySelectorAll('button').find((b) => text(b) === '世帯の第1号被保険者を追加').click();
  set('setai_dai1go[0].gokei_shotoku_kingaku', '0');
  set('setai_dai1go[0].nenkin_shunyu', '1000000');
  await submit(form);
  assert.deepEqual(JSON.parse(calls[0].body), { nendo: 2025, honnin: { kazei: true, gokei_shotoku_kingaku: 1600000, nenkin_shunyu: 2800000 },
    setai_dai1go: [{ gokei_shotoku_kingaku: 0, nenkin_shunyu: 1000000 }] });
  assert.equal(text(ctx.main.querySelector('.kekka [data-testid="futan-wariai"]')), '2割');
});

test('認定の申請: the 申請番号, the 30-day deadline and the days left; the clerk\'s errors at their fields', async () => {
  const answers = [problem(400, 'E0004', '入力内容に誤りがあります', [{ field: 'shinseibi', code: 'E0004', message: '申請年月日は存在する日付で入力してください' }]),
    json(201, shinsei())];
  const { client, calls } = kaigoClient({ 'POST /v1/kaigo/nintei/shinsei': () => answers.shift() });
  const { shinseiView } = await web('kaigo/nintei-shinsei.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  shinseiView(ctx, {});
  const form = ctx.main.querySelector('form');
  form.elements.atenabango.value = '１０００００００００１１';
  form.elements.shinsei_kubun.value = 'koshin';
  form.elements.shinsei_kubun.dispatchEvent({ type: 'change', preventDefault() {} });
  assert.match(text(form.querySelector('[data-testid="shinsei-setsumei"]')), /^更新申請: 有効期間の満了日の60日前から/);
  form.elements.shinsei_kubun.value = 'shinki';
  form.elements.shinseibi.value = '令和8年2月30日';
  await submit(form);
  assert.equal(text(form.querySelector('[data-field="shinseibi"] .field-error')), '申請年月日は存在する日付で入力してください');
  form.elements.shinseibi.value = '令和8年11月10日';
  await submit(form);
  assert.deepEqual(JSON.parse(calls[1].body), { atenabango: '100000000011', shinsei_kubun: 'shinki', shinseibi: '令和8年11月10日' });
  assert.ok(calls[1].headers['Idempotency-Key']);
  const ok = ctx.main.querySelector('[data-testid="shinsei-success"]');
  assert.match(text(ok), /^新規申請を受け付けました（申請番号 7）/);
  assert.equal(text(ok.querySelector('[data-testid="shori-kigen"]')), '令和8年12月10日（2026-12-10）');
  assert.equal(text(ok.querySelector('[data-testid="nokori"]')), 'あと9日');
  assert.equal(ok.querySelector('a').getAttribute('href'), '#/kaigo/hihokensha/100000000011/nintei');
});

test('第2号被保険者の申請: a person not a 第1号 gets the 特定疾病 and 医療保険者 fields, sent under the contract\'s names', async () => {
  const a = '100000000022';
  const dai2go = shinsei({ atenabango: a, hihokensha_kubun: 'dai2go', tokutei_shippei: 'nokekkan_shikkan', tokutei_shippei_mei: '脳血管疾患',
    iryo_hokensha: { meisho: '全国健康保険協会　架空支部', hokensha_bango: '01130012' } });
  const { client, calls } = kaigoClient({
    [`GET /v1/kaigo/nintei/${a}`]: () => json(200, { atenabango: a, items: [] }),
    'GET /v1/kaigo/nintei/100000000011': () => json(200, { atenabango: '100000000011', items: [] }),
    'POST /v1/kaigo/nintei/shinsei': () => json(201, dai2go),
  });
  const { ninteiView } = await web('kaigo/nintei.js');
  const { tokuteiShippeiOptions } = await web('kaigo/nintei-forms.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  // a 第1号: no 第2号 fields
  let body = document.createElement('div');
  await ninteiView(ctx, body, HIHOKENSHA, { clerk: true });
  assert.equal(body.querySelector('[data-testid="dai2go-fields"]'), null);
  // 50 years old, not a 第1号
  body = document.createElement('div');
  await ninteiView(ctx, body, { ...HIHOKENSHA, atenabango: a, seinengappi: '1976-05-05', hihokensha: false, hihokensha_kubun: null,
    shikaku_rireki: [] }, { clerk: true });
  const form = body.querySelector('[data-testid="shinsei-form"]');
  assert.ok(form.querySelector('[data-testid="dai2go-fields"]'));
  const options = tokuteiShippeiOptions();
  assert.equal(options.length, 17);
  assert.deepEqual(options[13], ['nokekkan_shikkan', '脳血管疾患']);
  form.elements.shinseibi.value = '2026-11-10';
  form.elements.tokutei_shippei.value = 'nokekkan_shikkan';
  form.elements['iryo_hokensha.meisho'].value = '全国健康保険協会　架空支部';
  form.elements['iryo_hokensha.hokensha_bango'].value = '01130012';
  await submit(form);
  assert.deepEqual(JSON.parse(calls.find((c) => c.init.method === 'POST').body), { atenabango: a, shinsei_kubun: 'shinki', shinseibi: '2026-11-10',
    tokutei_shippei: 'nokekkan_shikkan', iryo_hokensha: { meisho: '全国健康保険協会　架空支部', hokensha_bango: '01130012' } });
  // the accepted 第2号 application as the success of the counter form shows it
  const { shinseiSuccess } = await web('kaigo/nintei-shinsei.js');
  const ok = shinseiSuccess(dai2go);
  assert.match(text(ok.querySelector('[data-testid="hihokensha-kubun"]')), /^第2号被保険者/);
  assert.equal(text(ok.querySelector('[data-testid="tokutei-shippei"]')), '脳血管疾患');
});

test('要介護認定 tab: the steps with their dates, the deadline, the next step offered; after a step the tab is read again', async () => {
  const chosa = { shubetsu: 'chosa', shubetsu_mei: '認定調査', jisshibi: '2026-11-15', tantosha: 'kaigo1' };
  let current = shinsei({ tetsuzuki: [chosa] });
  const decided = shinsei({ shinsei_id: 3, shinseibi: '2025-05-01', shori_kigen: '2025-05-31', kigen: '2025-05-31', kettei: true, nokori_nissu: -549,
    nintei: { kekka: 'yoshien1', yuko_kaishibi: '2025-05-01', yuko_shuryobi: '2025-10-31', koshin_kanobi: '2025-09-01' },
    tetsuzuki: [{ ...chosa, jisshibi: '2025-05-10' }, { shubetsu: 'kettei', shubetsu_mei: '認定の決定', jisshibi: '2025-05-28', tantosha: 'kaigo2', kekka: 'yoshien1',
      yuko_kaishibi: '2025-05-01', yuko_shuryobi: '2025-10-31' }] });
  const { client, calls } = kaigoClient({
    'GET /v1/kaigo/nintei/100000000011': () => json(200, { atenabango: '100000000011', yuko_nintei: null, items: [decided, current] }),
    'POST /v1/kaigo/nintei/shinsei/7/tetsuzuki': () => {
      current = shinsei({ tetsuzuki: [chosa, { shubetsu: 'ikensho', shubetsu_mei: '主治医意見書の受領', jisshibi: '2026-11-20', tantosha: 'kaigo1' }] });
      return json(201, current);
    },
  });
  const { ninteiView } = await web('kaigo/nintei.js');
  const ctx = viewContext({ kaigo: client }, CLERK);
  const body = document.createElement('div');
  await ninteiView(ctx, body, HIHOKENSHA, { clerk: true });
  assert.match(text(body.querySelector('[data-testid="yuko-nintei"]')), /有効な認定はありません/);
  assert.equal(body.querySelector('[data-testid="shinsei-form"]'), null, 'an undecided application: no new one');
  assert.doesNotMatch(text(body), /null|undefined|NaN/);
  const cards = body.querySelectorAll('article.shinsei');
  assert.deepEqual(cards.map((c) => c.getAttribute('data-shinsei-id')), ['7', '3'], 'latest first');
  assert.deepEqual(cards.map((c) => text(c.querySelector('[data-testid="nintei-jotai"]'))), ['審査中', '決定済']);
  const steps = cards[0].querySelectorAll('[data-testid="nintei-steps"] li').map((li) => [li.getAttribute('data-step'), li.className]);
  assert.deepEqual(steps, [['shinsei', 'done'], ['chosa', 'done'], ['ikensho', 'todo'], ['shinsakai', 'todo'], ['kettei', 'todo']]);
  assert.match(text(cards[0]), /処分の期限（申請日から30日）令和8年12月10日（2026-12-10）/);
  assert.equal(text(cards[0].querySelector('[data-testid="nokori"]')), 'あと9日');
  assert.match(text(cards[1].querySelector('[data-testid="nintei-kekka"]')), /要支援1　有効期間 令和7年5月1日〜令和7年10月31日　更新申請は 令和7年9月1日から/);
  assert.equal(cards[1].querySelector('[data-testid="tetsuzuki-form"]'), null, 'a decided application takes no step');
  const form = cards[0].querySelector('[data-testid="tetsuzuki-form"]');
  assert.equal(form.elements.shubetsu.value, 'ikensho', 'the next step is offered');
  assert.equal(form.querySelector('[data-part="kettei"]').hidden, true);
  form.elements.jisshibi.value = '2026-11-20';
  await submit(form);
  const post = calls.find((c) => c.init.method === 'POST');
  assert.deepEqual(JSON.parse(post.body), { shubetsu: 'ikensho', jisshibi: '2026-11-20' });
  assert.ok(post.headers['Idempotency-Key']);
  await settle();
  assert.equal(text(body.querySelector('[data-testid="nintei-flash"]')), '主治医意見書の受領を記録しました（申請番号 7）');
  assert.doesNotMatch(text(body), /null|undefined|NaN/);
  assert.equal(body.querySelector('article.shinsei [data-step="ikensho"]').className, 'done');
  const next = body.querySelector('article.shinsei [data-testid="tetsuzuki-form"]');
  next.elements.shubetsu.value = 'kettei';
  next.elements.shubetsu.dispatchEvent({ type: 'change', preventDefault() {} });
  assert.equal(next.querySelector('[data-part="kettei"]').hidden, false);
  assert.equal(next.querySelector('[data-part="encho"]').hidden, true);
});

test('認定の期限超過: each overdue application with its days past the deadline and the step it waits for', async () => {
  const late = shinsei({ shinsei_id: 9, shinseibi: '2026-10-20', shori_kigen: '2026-11-19', kigen: '2026-11-19', nokori_nissu: -12, chien: true,
    tetsuzuki: [{ shubetsu: 'chosa', shubetsu_mei: '認定調査', jisshibi: '2026-10-25', tantosha: 'kaigo1' }] });
  const { client } = kaigoClient({ 'GET /v1/kaigo/nintei/chien': json(200, { kijunbi: '2026-12-01', items: [late] }) });
  const { chienView } = await web('kaigo/chien.js');
  const ctx = viewContext({ kaigo: client }, SHIEN);
  await chienView(ctx);
  assert.match(text(ctx.main.querySelector('[data-testid="chien-kekka"] h2')), /業務日付 令和8年12月1日 現在　1件/);
  const row = ctx.main.querySelector('[data-testid="chien-list"] tbody tr');
  assert.equal(row.querySelector('a').getAttribute('href'), '#/kaigo/hihokensha/100000000011/nintei');
  assert.equal(text(row.querySelector('[data-testid="chien-nissu"]')), '12日超過');
  assert.match(text(row), /主治医意見書の受領$/);
});
