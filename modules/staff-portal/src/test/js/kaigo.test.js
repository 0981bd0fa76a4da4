// 介護保険課 (kaigo/): its link to the long-term care contract and code tables, its department entry, and the logic of its
// screens that needs no rendering (the screens rendered: kaigo-screens.test.js; in Chromium against the running service:
// modules/long-term-care KaigoScreensTest).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_TABLES } from './built.js';
import { contractEnum, shinsei, web } from './kaigo-fixtures.js';
import { installDom, text } from './mini-dom.js';

const { createRouter } = await web('core/router.js');
const { allowedFor, loadDepartment, menusForRoles, rolesOf, DEPARTMENTS } = await web('departments.js');
const { CONTRACT_CODES, CONTRACT_LABELS } = await web('kaigo/contract-codes.js');
const { codeLabel, codeRow, contractLabel } = await web('kaigo/codes.js');
const format = await web('kaigo/format.js');

test('every enum value the contract can send has a row in the standard tables, or a label', () => {
  for (const [item, how] of Object.entries(CONTRACT_CODES)) {
    if (how.schema) for (const value of contractEnum(how.schema, how.property)) assert.ok(codeRow(item, value), `${item}=${value} → a row`);
    const table = CODE_TABLES[how.service || 'long-term-care'][how.table || item];
    for (const mapped of Object.values(how.values || {})) assert.ok(table.values.some((r) => r[how.column] === mapped), `${item}: ${mapped}`);
  }
  for (const [item, how] of Object.entries(CONTRACT_LABELS)) {
    assert.deepEqual(contractEnum(how.schema, how.property).map(String).sort(), Object.keys(how.labels).sort(), item);
  }
  // the same values wherever the contract repeats an enum
  assert.deepEqual(contractEnum('ShikakuRireki', 'todokede_shubetsu'), contractEnum('TodokedeRequest', 'todokede_shubetsu'));
  assert.deepEqual(contractEnum('NinteiShinsei', 'shinsei_kubun'), contractEnum('NinteiShinseiRequest', 'shinsei_kubun'));
  assert.deepEqual(contractEnum('NinteiKikan', 'kekka'), contractEnum('NinteiTetsuzukiRequest', 'kekka'));
  assert.deepEqual(contractEnum('NinteiTetsuzuki', 'kekka'), contractEnum('NinteiTetsuzukiRequest', 'kekka'));
  assert.deepEqual(contractEnum('NinteiTetsuzuki', 'shubetsu'), contractEnum('NinteiTetsuzukiRequest', 'shubetsu'));
  assert.equal(codeLabel('shikaku_ido_jiyu', 'nenrei_totatsu'), '65歳到達');
  assert.equal(codeLabel('todokede_shubetsu', 'tekiyo_jogai_nyusho'), '適用除外施設に入所');
  assert.equal(codeLabel('hihokensha_kubun', 'dai1go'), '第1号被保険者');
  assert.equal(codeLabel('jumin_jotai', 'tenshutsu'), '転出');
  assert.equal(contractLabel('ido_kubun', 'keizoku'), '資格継続');
  assert.equal(contractLabel('yokaigodo', 'yoshien2'), '要支援2');
  assert.equal(contractLabel('tetsuzuki', 'ikensho'), '主治医意見書の受領');
  assert.equal(contractLabel('futan_wariai', 3), '3割');
  assert.equal(contractLabel('yokaigodo', null), '');
});

test('年度: 4月1日 begins the 保険料\'s 年度; the 第9期 range in 和暦 with the income year; deadlines in words', () => {
  assert.deepEqual(format.NENDO_CHOICES, [2026, 2025, 2024]);
  assert.equal(format.defaultNendo('2026-03-31'), 2025);
  assert.equal(format.defaultNendo('2026-04-01'), 2026);
  assert.equal(format.defaultNendo('2030-06-01'), 2026);
  assert.equal(format.defaultNendo('2020-06-01'), 2024);
  assert.deepEqual(format.nendoOption(2025), ['2025', '令和7年度（令和6年分の所得）']);
  assert.equal(format.kikanText('2026-11-10', '2027-05-31'), '令和8年11月10日〜令和9年5月31日');
  assert.deepEqual([9, 0, -12].map(format.nokoriText), ['あと9日', '今日が期限', '12日超過']);
  assert.equal(format.nichiji('2026-12-01T15:30:00Z'), '令和8年12月2日 00:30');
  assert.equal(format.normalizeBango(' １００-０００ '), '100000');
});

test('the department: registered with its roles, menu and routes under /kaigo, links by role', async () => {
  const entry = DEPARTMENTS.find((d) => d.id === 'kaigo');
  assert.deepEqual([entry.name, entry.services, entry.roles], ['介護保険課', ['kaigo'], ['kaigo-clerk', 'kaigo-shien', 'kaigo-auditor']]);
  const d = await loadDepartment(entry);
  const labels = (roles) => menusForRoles([d], rolesOf({ realm_access: { roles } })).flatMap((x) => x.menu.map((m) => m.label));
  assert.deepEqual(labels(['kaigo-clerk']), ['被保険者照会', '資格の届出', '保険料の試算', '保険料の賦課', '保険料の年次賦課', '負担割合の試算', '認定の申請', '認定の期限超過']);
  assert.deepEqual(labels(['kaigo-shien']), ['被保険者照会', '認定の期限超過']);
  assert.deepEqual(labels(['kaigo-auditor']), ['アクセスログ']);
  assert.deepEqual(labels(['hoken-clerk']), []);
  const router = createRouter(d.routes);
  const at = (path) => { const r = router.resolve(path); return r && [r.route.pattern, r.params]; };
  assert.deepEqual(at('/kaigo/hihokensha/100000000011'), ['/kaigo/hihokensha/:atenabango/:tab?', { atenabango: '100000000011' }]);
  assert.deepEqual(at('/kaigo/hihokensha/100000000011/nintei'), ['/kaigo/hihokensha/:atenabango/:tab?', { atenabango: '100000000011', tab: 'nintei' }]);
  assert.deepEqual(at('/kaigo/hihokensha/100000000011/2025/futan-wariai'),
    ['/kaigo/hihokensha/:atenabango/:nendo/:tab', { atenabango: '100000000011', nendo: '2025', tab: 'futan-wariai' }]);
  assert.equal(at('/kaigo/hihokensha/100000000011/2025'), null, 'a 年度 without a tab');
  assert.equal(at('/kaigo/hihokensha/100000000011/2025/kokuho'), null);
  assert.deepEqual(at('/kaigo/nintei/shinsei/100000000011'), ['/kaigo/nintei/shinsei/:atenabango?', { atenabango: '100000000011' }]);
  assert.deepEqual(at('/kaigo/todokede'), ['/kaigo/todokede/:atenabango?', {}]);
  assert.deepEqual(at('/kaigo/nenji-fuka/0b7e-42af'), ['/kaigo/nenji-fuka/:jobId?', { jobId: '0b7e-42af' }]);
  const fuka = router.resolve('/kaigo/fuka').route;
  assert.equal(allowedFor(fuka, new Set(['kaigo-shien'])), false, 'the 支援措置担当 looks up, the clerk assesses');
  assert.equal(allowedFor(router.resolve('/kaigo/nintei/chien').route, new Set(['kaigo-shien'])), true);
  d.reset();
});

test('what the screens recognise and check before sending', async () => {
  installDom();
  const { bangoOrMessage } = await web('kaigo/kensaku.js');
  const { fukaOutcome } = await web('kaigo/fuka.js');
  const { nextStep, kigenBox } = await web('kaigo/nintei-parts.js');
  const { dankaiText, jyoritsuText } = await web('kaigo/kekka.js');
  const { tabLink } = await web('kaigo/shokai.js');
  assert.deepEqual(bangoOrMessage('１２３'), { value: '123' });
  assert.deepEqual(bangoOrMessage(''), { message: '宛名番号を入力してください' });
  assert.equal(fukaOutcome({ version: 2, kosei: true, sagaku: 49400 }, 1).title, '更正を記録しました（第2版、前の版との差額 +49,400円）');
  assert.equal(fukaOutcome({ version: 2, kosei: true, sagaku: 0 }, 2).kind, 'henko-nashi');
  assert.equal(nextStep(shinsei()), 'chosa');
  assert.equal(nextStep(shinsei({ tetsuzuki: [{ shubetsu: 'chosa' }, { shubetsu: 'encho' }, { shubetsu: 'ikensho' }] })), 'shinsakai');
  assert.equal(dankaiText({ dankai: 1, dankai_su: 13 }), '第1段階（全13段階）');
  assert.equal(jyoritsuText({ jyoritsu: '0.455', keigen_jyoritsu: '0.285' }), '0.455 → 公費軽減後 0.285');
  assert.deepEqual(format.futanNendoOption(2025), ['2025', '令和7年度（令和7年8月〜翌年7月）']);
  assert.equal(tabLink('1', 'rireki', 2025), '#/kaigo/hihokensha/1/2025/rireki');
  assert.equal(tabLink('1', 'nintei', 2025), '#/kaigo/hihokensha/1/nintei');
  assert.equal(tabLink('1', '', 2025), '#/kaigo/hihokensha/1');
  const late = text(kigenBox(shinsei({ chien: true, nokori_nissu: -12, kigen: '2026-12-20' })));
  assert.match(late, /12日超過/);
  assert.match(late, /延期の通知による期限（処分の見込日）令和8年12月20日/);
  assert.doesNotMatch(text(kigenBox(shinsei({ kettei: true }))), /期限まで/, 'a decided application has no days left');
});
