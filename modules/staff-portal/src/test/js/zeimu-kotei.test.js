// 税務課の固定資産税・都市計画税 (zeimu/kotei-*.js) and 軽自動車税 (zeimu/kei-*.js) screens, rendered in mini-dom.js
// against the real API client with scripted answers: their link to the contract (enums, the paths their forms
// send), the routes, and what the 賦課 screens send and show (the 更正の理由 flow, the 算定根拠, the 期別).
// In a browser against the running service: modules/local-tax KoteishisanScreensTest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { json, scriptedFetch, settle } from './fakes.js';
import { BUILT_WEB } from './built.js';
import { installDom, text, viewContext } from './mini-dom.js';

installDom();
const ROOT = new URL('../../../../../', import.meta.url);
const CONTRACT = readFileSync(new URL('contracts/local-tax/v1.yaml', ROOT), 'utf8').split('\n');
const web = (f) => import(new URL(f, BUILT_WEB));
const { createClient } = await web('core/api.js');
const { createRouter } = await web('core/router.js');

function schemaLines(name) {
  const start = CONTRACT.indexOf(`    ${name}:`);
  assert.ok(start > 0, `schema ${name}`);
  const end = CONTRACT.findIndex((l, i) => i > start && /^ {4}\S/.test(l));
  return CONTRACT.slice(start + 1, end);
}
const properties = (name) => schemaLines(name).map((l) => /^ {8}([a-z_]+):/.exec(l)?.[1]).filter(Boolean);
/** The block-list enum under the first line matching `at` in a schema (or the schema's own enum). */
function enumOf(schema, property) {
  const lines = schemaLines(schema);
  const at = property ? lines.findIndex((l) => new RegExp(`^\\s+${property}:$`).test(l)) : -1;
  const from = lines.findIndex((l, i) => i > at && /^\s+enum:$/.test(l));
  const indent = lines[from].search(/\S/);
  const values = [];
  for (const l of lines.slice(from + 1)) {
    if (!new RegExp(`^ {${indent}}- `).test(l)) break;
    values.push(l.trim().slice(2).replace(/^'|'$/g, ''));
  }
  assert.ok(values.length, `enum of ${schema}.${property}`);
  return values;
}

function zeimuClient(routes) {
  const fetchFn = scriptedFetch((call) => {
    const key = `${call.init.method} ${call.url.replace('https://zeimu.test', '')}`;
    const r = routes[key];
    if (!r) return json(404, { type: 'about:blank', title: '見つかりません', status: 404 });
    return typeof r === 'function' ? r(call) : r.clone();
  });
  const client = createClient({ name: 'zeimu', baseUrl: 'https://zeimu.test', fetchFn, retries: 0,
    auth: { accessToken: async () => 'token', refresh: async () => false, expired() {} } });
  return { client, calls: fetchFn.calls };
}
const problem = (status, body) => json(status, { type: 'about:blank', status, ...body }, 'application/problem+json');

test('the lists the forms offer are the contract\'s enums', async () => {
  const { CHIMOKU } = await web('zeimu/kotei-toroku.js');
  const { SHASHU, NENRYO, GREEN, IDO_JIYU } = await web('zeimu/kei-toroku.js');
  const { YOSHIKI } = await web('zeimu/kotei-rireki.js');
  assert.deepEqual(CHIMOKU, enumOf('TochiNyuryoku', 'chimoku_genkyo'));
  assert.deepEqual(CHIMOKU, enumOf('TochiNyuryoku', 'chimoku_toki'));
  assert.deepEqual(SHASHU, enumOf('ShashuKubun'));
  assert.deepEqual(NENRYO, enumOf('KeijidoshaNenryo'));
  assert.deepEqual(GREEN, enumOf('GreenKubun'));
  assert.deepEqual(IDO_JIYU, enumOf('SharyoIdoRequest', 'ido_jiyu'));
  assert.deepEqual(YOSHIKI, enumOf('KoteishisanShomeiRequest', 'yoshiki'));
  const { contractLabel } = await web('zeimu/codes.js');
  assert.equal(contractLabel('shashu_kubun', 'yonrin_joyo_jikayo'), '軽自動車（四輪・乗用・自家用）');
  assert.equal(contractLabel('kazei_kubun', 'jutaku-yochi'), '住宅用地');
});

/** The contract paths of the controls of a rendered form, [i] dropped: shoyusha[0].mochibun → shoyusha.mochibun. */
const pathsOf = (root) => [...new Set(root.querySelectorAll('[data-path]').map((el) => el.dataset.path.replace(/\[\d+\]/g, '')))];

test('every item of the register forms is a property of the contract\'s request', async () => {
  const { torokuView } = await web('zeimu/kotei-toroku.js');
  const { sharyoTorokuView, sharyoIdoForm } = await web('zeimu/kei-toroku.js');
  const { genmenView } = await web('zeimu/kei-genmen.js');
  const nested = { shoyusha: 'KoteishisanShoyusha', zennendo: 'TochiZennendo' };
  const check = (paths, schema) => {
    for (const p of paths) {
      const [head, sub] = p.split('.');
      assert.ok(properties(schema).includes(head), `${schema}.${head}`);
      if (sub) assert.ok(properties(nested[head]).includes(sub), `${nested[head]}.${sub}`);
    }
  };
  for (const [kind, schema, count] of [['tochi', 'TochiNyuryoku', 19], ['kaoku', 'KaokuNyuryoku', 17]]) {
    const ctx = viewContext({ zeimu: zeimuClient({}).client });
    await torokuView(kind)(ctx, {});
    const paths = pathsOf(ctx.main);
    check(paths, schema);
    assert.equal(paths.length, count, `${kind}: ${paths.join(' ')}`);
  }
  const kei = viewContext({ zeimu: zeimuClient({}).client });
  sharyoTorokuView(kei);
  check(pathsOf(kei.main), 'SharyoTorokuRequest');
  assert.equal(pathsOf(kei.main).length, 12);
  const ido = document.createElement('div');
  ido.append(sharyoIdoForm(kei, 'x', null));
  check(pathsOf(ido), 'SharyoIdoRequest');
  genmenView(kei, {});
  check(pathsOf(kei.main), 'KeijidoshazeiGenmenShinseiRequest');
});

test('a parcel is registered with its co-owners: areas as numbers, yes/no sent, the service\'s error at its row', async () => {
  const tochi = { tochi_id: 'T000000001', versions: [{ version: 1, ido_bi: '2025-04-01', ido_jiyu: '新規', shorinengappi: '2026-01-05', shozai: 'みなみ市本町一丁目', chiban: '1番',
    chiseki: 165.29, hyokagaku: 12000000, kazei_kubun: 'jutaku-yochi', shoyusha: [{ atenabango: '100000017', mochibun: '1/2' }, { atenabango: '100000025', mochibun: '1/2' }], daihyosha: '100000017' }] };
  const answers = [problem(400, { title: '入力内容に誤りがあります', errors: [{ field: 'shoyusha[1].atenabango', message: '宛名番号の検査数字が違います' }] }), json(201, tochi)];
  const { client, calls } = zeimuClient({ 'POST /v1/koteishisanzei/tochi': () => answers.shift() });
  const { torokuView } = await web('zeimu/kotei-toroku.js');
  const ctx = viewContext({ zeimu: client });
  await torokuView('tochi')(ctx, {});
  const form = ctx.main.querySelector('form');
  const set = (path, v) => { form.querySelector(`[data-path="${path}"]`).value = v; };
  ctx.main.querySelectorAll('button').find((b) => text(b) === '所有者を追加').click();
  Object.entries({ ido_bi: '令和7年4月1日', shozai: 'みなみ市本町一丁目', chiban: '1番', chimoku_genkyo: '宅地', chimoku_toki: '宅地', chiseki: '165.2x',
    hyokagaku: '12,000,000', kazei_kubun: 'jutaku-yochi', kosu: '1', jutaku_yuka_menseki: '９０', 'shoyusha[0].atenabango': '100000017', 'shoyusha[0].mochibun': '1/2',
    'shoyusha[1].atenabango': '100000026', 'shoyusha[1].mochibun': '1/2' }).forEach(([k, v]) => set(k, v));
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(calls.length, 0, 'an area that is no number is refused at its field');
  assert.match(text(form.querySelector('[data-field="chiseki"] .field-error')), /地積は数字/);
  set('chiseki', '165.29');
  form.querySelector('button[type=submit]').click();
  await settle();
  const sent = JSON.parse(calls[0].body);
  assert.deepEqual({ chiseki: sent.chiseki, kosu: sent.kosu, menseki: sent.jutaku_yuka_menseki, shigaika: sent.shigaika_kuiki, hyokagaku: sent.hyokagaku, ido_jiyu: sent.ido_jiyu },
    { chiseki: 165.29, kosu: 1, menseki: 90, shigaika: true, hyokagaku: 12000000, ido_jiyu: '新規' });
  assert.deepEqual(sent.shoyusha, [{ atenabango: '100000017', mochibun: '1/2' }, { atenabango: '100000026', mochibun: '1/2' }]);
  assert.equal(sent.zennendo, undefined, 'no empty 前年度 object');
  assert.equal(text(form.querySelector('[data-field="shoyusha[1].atenabango"] .field-error')), '宛名番号の検査数字が違います');
  set('shoyusha[1].atenabango', '100000025');
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.notEqual(calls[0].headers['Idempotency-Key'], calls[1].headers['Idempotency-Key']);
  assert.match(text(ctx.main.querySelector('[data-testid="tochi-toroku-success"]')), /土地（T000000001）の第1版を記録しました/);
});

const KEISAN = { nendo: 2026, nendo_label: '令和8年度', shikuchosonkodo: '999997', dantai_mei: '架空県みなみ市（999997）',
  tochi: [{ tochi_id: 'T000000001', label: 'みなみ市本町一丁目 1番', kubun: '住宅用地', shokibo_menseki: 165.29, hyokagaku: 12000000,
    honsoku_kotei_jutaku: 2000000, honsoku_kotei_hijutaku: 0, honsoku_toshi_jutaku: 4000000, honsoku_toshi_hijutaku: 0,
    kotei_jutaku: 1900000, kotei_hijutaku: 0, toshi_jutaku: 3800000, toshi_hijutaku: 0 }],
  kaoku: [{ kaoku_id: 'K000000001', label: '居宅', kotei_kazei_hyojun: 9000000, toshi_kazei_hyojun: 9000000, shinchiku_gengaku: 63000, gengaku_nendo: 2, gengaku_nensu: 3 }],
  shurui: [{ shurui: 'tochi', name_ja: '土地', kotei_gokei: 1900000, toshi_gokei: 3800000, menzeiten: 300000, kazei: true },
    { shurui: 'kaoku', name_ja: '家屋', kotei_gokei: 9000000, toshi_gokei: 9000000, menzeiten: 200000, kazei: true }],
  kotei_kazei_hyojungaku: 10900000, kotei_sanshutsu_zeigaku: 152600, shinchiku_gengaku: 63000, kotei_zeigaku: 89600,
  toshi_kazei_hyojungaku: 12800000, toshi_zeigaku: 38400, nenzeigaku: 128000,
  kibetsu: [{ kibetsu: '第1期', nengetsu: '2026-04', zeigaku: 32000 }, { kibetsu: '第2期', nengetsu: '2026-07', zeigaku: 32000 },
    { kibetsu: '第3期', nengetsu: '2026-12', zeigaku: 32000 }, { kibetsu: '第4期', nengetsu: '2027-02', zeigaku: 32000 }],
  santei_konkyo: [{ rule_id: 'kotei.jutaku-yochi', name_ja: '住宅用地特例', setsumei: '小規模住宅用地 165.29㎡: 評価額 × 1/6 [地方税法第349条の3の2]' },
    { rule_id: 'kotei.shinchiku', name_ja: '新築住宅減額', setsumei: '120㎡までの税額の1/2 [地方税法附則第15条の6; confirmed]' }] };

test('固定資産税の賦課: the 更正 asks for its reason; the parcels, the 新築減額, the 免税点, the 期別 and the 算定根拠 shown', async () => {
  const han = { shoyusha_key: '100000017+100000025', shoyusha: ['100000017', '100000025'], daihyosha: '100000017', nendo: 2026, version: 2, kubun: 'kosei',
    riyu: '評価額の修正', shorinengappi: '2026-05-01', nenzeigaku: 128000, fuka: KEISAN, kosei_zengaku: 130000,
    kosei_sagaku: [{ kibetsu: '第1期', nengetsu: '2026-04', genzai: 32500, koseigo: 32000, sagaku: -500, torai: true }], kosei_zuiji: -500 };
  const answers = [problem(422, { title: '更正の理由が必要です', code: 'kosei-riyu', errors: [{ field: 'riyu', message: '更正の理由を入力してください' }] }), json(201, han)];
  const { client, calls } = zeimuClient({ 'POST /v1/koteishisanzei/fuka': () => answers.shift() });
  const { koteiFukaView } = await web('zeimu/kotei-fuka.js');
  const ctx = viewContext({ zeimu: client });
  koteiFukaView(ctx, { nendo: '2026', shoyusha: '100000017+100000025' });
  const form = ctx.main.querySelector('form');
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.deepEqual(JSON.parse(calls[0].body), { nendo: 2026, shoyusha: ['100000017', '100000025'] });
  assert.equal(form.querySelector('.kosei-riyu').hidden, false);
  assert.equal(text(form.querySelector('button[type=submit]')), '更正する');
  form.elements.riyu.value = '評価額の修正';
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(JSON.parse(calls[1].body).riyu, '評価額の修正');
  assert.notEqual(calls[0].headers['Idempotency-Key'], calls[1].headers['Idempotency-Key']);
  const ok = ctx.main.querySelector('[data-testid="kotei-fuka-success"]');
  assert.match(text(ok), /更正を記録しました（第2版）/);
  assert.equal(text(ok.querySelector('[data-testid="nenzeigaku"]')), '128,000円');
  assert.equal(text(ok.querySelector('[data-tochi="T000000001"] [data-item="kotei"]')), '1,900,000円');
  assert.match(text(ok.querySelector('[data-tochi="T000000001"]')), /小規模住宅用地 165.29㎡/);
  assert.match(text(ok.querySelector('[data-kaoku="K000000001"]')), /63,000円\s?3年度分のうち2年度目/);
  assert.equal(ok.querySelectorAll('[data-testid="kotei-menzeiten"] tbody tr').length, 2);
  assert.match(text(ok.querySelector('.zeigaku [data-item="shinchiku_gengaku"]')), /−63,000円/);
  assert.equal(ok.querySelectorAll('[data-testid="kibetsu"] tbody tr').length, 4);
  assert.match(text(ok.querySelector('[data-testid="kibetsu"]')), /令和8年4月/);
  assert.equal(ok.querySelectorAll('.konkyo-step').length, 2);
  assert.match(text(ok.querySelector('[data-testid="santei-konkyo"]')), /確認済\]/);
  assert.match(text(ok.querySelector('[data-testid="kosei-sagaku"]')), /−500円/);
  assert.doesNotMatch(text(ctx.main), /undefined|null|NaN/);
});

test('固定資産の試算: registered numbers checked before sending, entered rows typed; nothing stored (no key)', async () => {
  const { client, calls } = zeimuClient({ 'POST /v1/koteishisanzei/shisan': json(200, { fuka: KEISAN, parameter_set: { kubun: 'kitei', shikuchosonkodo: '999997' } }) });
  const { koteiShisanView } = await web('zeimu/kotei-shisan.js');
  const ctx = viewContext({ zeimu: client });
  await koteiShisanView(ctx, {});
  const form = ctx.main.querySelector('form');
  form.elements.tochi_ids.value = 'T000000001, T12';
  ctx.main.querySelectorAll('button').find((b) => text(b) === '家屋を追加').click();
  const set = (path, v) => { form.querySelector(`[data-path="${path}"]`).value = v; };
  Object.entries({ 'kaoku[0].hyokagaku': '9000000', 'kaoku[0].yuka_menseki': '150', 'kaoku[0].kyoju_menseki': '150.5', 'kaoku[0].shinchiku_nengappi': '令和6年6月1日', 'kaoku[0].kaisu': '2' })
    .forEach(([k, v]) => set(k, v));
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(calls.length, 0);
  assert.match(text(form.querySelector('[data-field="tochi_ids"] .field-error')), /T12/);
  form.elements.tochi_ids.value = 'T000000001';
  form.querySelector('button[type=submit]').click();
  await settle();
  assert.equal(calls[0].headers['Idempotency-Key'], undefined);
  const { nendo, ...sent } = JSON.parse(calls[0].body);
  assert.equal(typeof nendo, 'number');
  assert.deepEqual(sent, { tochi_ids: ['T000000001'],
    kaoku: [{ hyokagaku: 9000000, yuka_menseki: 150, kyoju_menseki: 150.5, shinchiku_nengappi: '令和6年6月1日', kaisu: 2, taika_kozo: false, kashiya: false, shigaika_kuiki: false }] });
  assert.match(text(ctx.main.querySelector('[data-testid="parameter-set"]')), /規定/);
  assert.equal(text(ctx.main.querySelector('.kekka [data-testid="nenzeigaku"]')), '128,000円');
});

test('車両ファイルの取込: the refused lines with 行・列・理由; a resend said so', async () => {
  const { torikomiKekka } = await web('zeimu/kei-torikomi.js');
  const box = document.createElement('div');
  box.append(...torikomiKekka({ file_id: 'f1', file_name: 'sharyo.csv', sha256: 'ab', gyosu: 3, torikomi: 2, saisoshin: true,
    errors: [{ line: 3, field: 'shashu_kubun', message: '車種区分が違います' }] }).filter(Boolean));
  assert.equal(text(box.querySelector('[data-testid="sharyo-file-torikomi"]')), '2');
  assert.deepEqual(box.querySelectorAll('[data-line="3"] td').map(text), ['3', 'shashu_kubun', '車種区分が違います']);
  assert.ok(box.querySelector('[data-testid="sharyo-file-saisoshin"]'));
});

test('the routes of the new screens resolve, and every menu entry opens one', async () => {
  const zeimu = (await web('zeimu/index.js')).default;
  const router = createRouter(zeimu.routes);
  for (const m of zeimu.menu) assert.ok(router.resolve(m.href.slice(1)), m.href);
  const at = (p) => router.resolve(p);
  assert.deepEqual(at('/zeimu/kotei/fuka/2026/100000017+100000025').params, { nendo: '2026', shoyusha: '100000017+100000025' });
  assert.deepEqual(at('/zeimu/kotei/tochi/T000000001/ido').params, { id: 'T000000001' });
  assert.equal(at('/zeimu/kotei/tochi/K000000001'), null);
  assert.deepEqual(at('/zeimu/kotei/rireki/100000017/2025').params, { atenabango: '100000017', nendo: '2025' });
  assert.ok(at('/zeimu/kei/sharyo/0b7c9f7e-9a7c-4d5e-8f00-123456789abc/2026-04-01'));
  assert.deepEqual(at('/zeimu/100000017/2026/fuka').params, { atenabango: '100000017', nendo: '2026', tab: 'fuka' }, 'the 個人住民税 screens unchanged');
});
