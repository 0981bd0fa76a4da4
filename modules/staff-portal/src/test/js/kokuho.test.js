// 保険年金課 (kokuho/): its link to the national health insurance contract and code tables, its department entry,
// and the logic of its screens that needs no rendering (the screens rendered: kokuho-screens.test.js; in Chromium
// against the running service: modules/national-health-insurance KokuhoScreensTest).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_TABLES } from './built.js';
import { contractEnum, web } from './kokuho-fixtures.js';
import { installDom, text } from './mini-dom.js';

const { createRouter } = await web('core/router.js');
const { allowedFor, loadDepartment, menusForRoles, rolesOf, DEPARTMENTS } = await web('departments.js');
const { CONTRACT_CODES, CONTRACT_LABELS } = await web('kokuho/contract-codes.js');
const { codeLabel, codeRow, contractLabel } = await web('kokuho/codes.js');
const format = await web('kokuho/format.js');

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
  assert.deepEqual(labels(['hoken-clerk']), ['被保険者照会', '国保世帯', '資格の届出', '国保税の試算', '国保税の賦課', '本算定', '所得不明世帯']);
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
  assert.deepEqual(at('/kokuho/honsantei/0b7e-42af'), ['/kokuho/honsantei/:jobId?', { jobId: '0b7e-42af' }]);
  assert.equal(allowedFor(router.resolve('/kokuho/honsantei').route, new Set(['hoken-shien'])), false);
  const fuka = router.resolve('/kokuho/fuka').route;
  assert.equal(allowedFor(fuka, new Set(['hoken-shien'])), false, 'the 支援措置担当 looks up, the clerk assesses');
  assert.equal(allowedFor(router.resolve('/kokuho/setai/1').route, new Set(['hoken-shien'])), true);
  d.reset();
});

test('what the screens recognise and check before sending', async () => {
  const { bangoOrMessage } = await web('kokuho/kensaku.js');
  const { isShotokuFumei } = await web('kokuho/fuka.js');
  const { actionLabel, verificationBox } = await web('kokuho/access-log.js');
  const { kikanLabel } = await web('kokuho/kekka.js');
  assert.deepEqual(bangoOrMessage('１２３', '宛名番号'), { value: '123' });
  assert.deepEqual(bangoOrMessage('', '宛名番号'), { message: '宛名番号を入力してください' });
  assert.deepEqual(bangoOrMessage('12a', '世帯番号'), { message: '世帯番号は数字（15桁以内）で入力してください' });
  assert.equal(isShotokuFumei({ status: 422, code: 'shotoku-fumei' }), true);
  assert.equal(isShotokuFumei({ status: 422, code: 'other' }), false);
  assert.equal(actionLabel('shokai-kyohi'), '照会（拒否）');
  assert.equal(actionLabel('rireki'), '履歴照会');
  installDom();
  assert.match(text(verificationBox({ intact: true, entries_checked: 12, chains_checked: 2 })), /改ざんされていません検証したログ 12件（連鎖 2）/);
  assert.match(text(verificationBox({ intact: false, entries_checked: 3, broken_chain: 1, first_broken_seq: 2, reason: 'hash' })), /改ざんを検知.*連鎖 1 の連番 2 から: hash/);
  assert.equal(kikanLabel({ tsuki_kara: 10, tsuki_made: 10, tsukisu: 1 }), '10月（1か月）');
});
