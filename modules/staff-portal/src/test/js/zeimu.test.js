// 税務課 (zeimu/): its link to the local tax contract and code tables, and the logic of its screens
// that needs no browser (the screens themselves: modules/local-tax ZeimuScreensTest).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createRouter } from '../../main/web/core/router.js';
import { ApiError } from '../../main/web/core/problem.js';
import { isShienRefusal } from '../../main/web/core/shien.js';
import { loadDepartment } from '../../main/web/departments.js';
import { BUILT_WEB, CODE_TABLES } from './built.js';

const ROOT = new URL('../../../../../', import.meta.url);
const CONTRACT = readFileSync(new URL('contracts/local-tax/v1.yaml', ROOT), 'utf8').split('\n');
const web = (f) => import(new URL(f, BUILT_WEB));
const { CONTRACT_CODES, CONTRACT_LABELS } = await web('zeimu/contract-codes.js');
const { codeLabel, codeRow, contractLabel } = await web('zeimu/codes.js');
const format = await web('zeimu/format.js');

/** The lines of a schema of components/schemas (4 spaces in), up to the next schema. */
function schemaLines(name) {
  const start = CONTRACT.indexOf(`    ${name}:`);
  assert.ok(start > 0, `schema ${name} in the contract`);
  const end = CONTRACT.findIndex((l, i) => i > start && /^ {4}\S/.test(l));
  return CONTRACT.slice(start + 1, end < 0 ? undefined : end);
}

/** The direct properties of a schema (8 spaces in, under its `properties:`). */
function properties(name) {
  return schemaLines(name).map((l) => /^ {8}([a-z_]+):/.exec(l)?.[1]).filter(Boolean);
}

/** The enum of a property anywhere in a schema (written as a block list, maybe behind an &anchor). */
function contractEnum(schema, property) {
  const lines = schemaLines(schema);
  const at = lines.findIndex((l) => new RegExp(`^\\s+${property}:( &\\w+)?$`).test(l));
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

/** The enum of a schema that is itself an enum (ShashuKubun: `enum:` 6 spaces in, its values as a block list). */
function schemaEnum(schema) {
  const lines = schemaLines(schema);
  const at = lines.indexOf('      enum:');
  assert.ok(at >= 0, `enum of ${schema}`);
  const values = [];
  for (const l of lines.slice(at + 1)) {
    if (!/^ {6}- /.test(l)) break;
    values.push(l.replace(/^ {6}- /, '').replace(/^'|'$/g, ''));
  }
  return values;
}

test('every enum value the contract can send has a row in the standard tables', () => {
  for (const [item, how] of Object.entries(CONTRACT_CODES)) {
    if (how.schema) {
      for (const value of contractEnum(how.schema, how.property)) assert.ok(codeRow(item, value), `${item}=${value} → a row`);
    }
    const table = CODE_TABLES[how.service || 'local-tax'][how.table || item];
    for (const mapped of Object.values(how.values || {})) assert.ok(table.values.some((r) => r[how.column] === mapped), `${item}: ${mapped} exists`);
  }
  assert.equal(codeLabel('shogai_kubun', 'tokubetsu_shogaisha'), '特別障害者');
  assert.equal(codeLabel('hitorioya_kubun', 'haha'), 'ひとり親（母）');
  assert.equal(codeLabel('choshu_hoho', 'futsu_choshu'), '普通徴収');
  assert.equal(codeLabel('seibetsu', '2'), '女');
  assert.equal(codeLabel('jumin_jotai', 'tenshutsu'), '転出');
});

test('values no code table holds have a label for every enum value', () => {
  for (const [item, how] of Object.entries(CONTRACT_LABELS)) {
    const values = how.property ? contractEnum(how.schema, how.property) : schemaEnum(how.schema);
    assert.deepEqual(values.sort(), Object.keys(how.labels).sort(), item);
  }
  assert.equal(contractLabel('fuka_kubun', 'kosei'), '更正');
  assert.equal(format.juminJotaiLabel('jutogai'), '住登外（住民登録なし）');
});

test('every item of the 試算 and 申告 forms is a property of the contract', () => {
  const src = readFileSync(new URL('zeimu/nyuryoku.js', BUILT_WEB), 'utf8');
  const paths = [...src.matchAll(/(?:kingakuField|textField|selectField|checkField)\('([^']+)'/g)].map((m) => m[1]);
  const rows = [...src.matchAll(/prefix: '([^']+)'[\s\S]*?cols: \[([\s\S]*?)\],\n\s*\}\)/g)]
    .flatMap((m) => [...m[2].matchAll(/col: '([^']+)'/g)].map((c) => `${m[1]}[].${c[1]}`));
  assert.ok(paths.length > 30 && rows.length === 8, `${paths.length} items, ${rows.length} row columns`);
  const schemaOf = {
    honnin: 'ShisanHonnin', shunyu: 'Shunyu', shiharai: 'Shiharai', 'shiharai.seimei_hokenryo': 'SeimeiHokenryo',
    haigusha: 'Shinzoku', 'fuyo_shinzoku[]': 'Shinzoku', kifukin: 'Kifukin', jutaku_loan: 'JutakuLoan',
  };
  for (const p of [...paths, ...rows]) {
    const parts = p.split('.');
    const leaf = parts.pop();
    const parent = parts.join('.');
    if (parent === 'shunyu.haito[]') {
      assert.ok(schemaLines('Shunyu').some((l) => new RegExp(`^ {14}${leaf}:`).test(l)), p);
      continue;
    }
    assert.ok(schemaOf[parent], `a schema for ${p}`);
    assert.ok(properties(schemaOf[parent]).includes(leaf), `${p} is ${schemaOf[parent]}.${leaf}`);
    if (parent === 'honnin' && leaf !== 'seinengappi') assert.ok(properties('ShinkokuHonnin').includes(leaf), `申告 too: ${p}`);
  }
  for (const top of ['honnin', 'shunyu', 'shiharai', 'haigusha', 'fuyo_shinzoku', 'kifukin', 'jutaku_loan']) {
    assert.ok(properties('ShisanRequest').includes(top) && properties('ShinkokuRequest').includes(top), top);
  }
});

test('年度: the covered range in 和暦 with its income year, and this year by default', () => {
  assert.deepEqual(format.NENDO_CHOICES, [2026, 2025, 2024, 2023, 2022, 2021]);
  assert.deepEqual(format.nendoOption(2025), ['2025', '令和7年度（令和6年分の所得）']);
  assert.equal(format.defaultNendo('2025-06-10'), 2025);
  assert.equal(format.defaultNendo('2027-01-05'), 2026, 'beyond the parameters: the last covered 年度');
  assert.equal(format.defaultNendo('2019-06-10'), 2021);
  assert.equal(format.nengetsu('2026-01'), '令和8年1月');
});

test('the taxes named as the municipality\'s notices name them', () => {
  const { zeimokuMei } = format;
  assert.deepEqual(zeimokuMei('架空県みなみ市'), { shi: '市民税', ken: '県民税' });
  assert.deepEqual(zeimokuMei('架空県みなみ市 (999997)'), { shi: '市民税', ken: '県民税' }, 'as the service writes dantai_mei');
  assert.deepEqual(zeimokuMei('神奈川県箱根町'), { shi: '町民税', ken: '県民税' });
  assert.deepEqual(zeimokuMei('東京都千代田区'), { shi: '特別区民税', ken: '都民税' });
  assert.deepEqual(zeimokuMei('京都府京都市'), { shi: '市民税', ken: '府民税' });
  assert.deepEqual(zeimokuMei('北海道札幌市'), { shi: '市民税', ken: '道民税' });
  assert.deepEqual(zeimokuMei('鹿児島県十島村'), { shi: '村民税', ken: '県民税' });
  assert.deepEqual(zeimokuMei(undefined, { shi: '市町村民税', ken: '道府県民税' }), { shi: '市町村民税', ken: '道府県民税' });
  assert.deepEqual(zeimokuMei('みなみ'), { shi: '市町村民税', ken: '道府県民税' });
});

test('the department: menu and routes under /zeimu, the taxpayer screen addressed by 宛名番号 and 年度', async () => {
  const d = await loadDepartment({ id: 'zeimu', name: '税務課', services: ['zeimu'], load: () => web('zeimu/index.js') });
  assert.deepEqual(d.menu.map((m) => m.label), ['納税義務者照会', '試算', '住登外者の登録', '法人の登録', '給与支払報告書の取込', '給与の未突合一覧',
    '公的年金等支払報告書の取込', '年金の未突合一覧', '特別徴収税額の通知', '当初賦課',
    '土地の登録', '家屋の登録', '土地の照会', '家屋の照会', '固定資産の所有資産', '固定資産税の試算', '固定資産税の賦課', '固定資産税の当初賦課',
    '軽自動車等の登録', '車両の照会', '軽自動車の所有車両', '軽自動車税の試算', '軽自動車税の減免申請', '軽自動車税の減免の決定', '車両ファイルの取込', '軽自動車税の当初賦課',
    'パラメータ管理']);
  const router = createRouter(d.routes);
  const at = (path) => { const r = router.resolve(path); return r && [r.route.pattern, r.params]; };
  assert.deepEqual(at('/zeimu/shisan'), ['/zeimu/shisan', {}]);
  assert.deepEqual(at('/zeimu/jutogai'), ['/zeimu/jutogai', {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku'), ['/zeimu/kyuyo-hokoku', {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku/mitotsugo'), ['/zeimu/kyuyo-hokoku/mitotsugo/:nendo?', {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku/mitotsugo/2026'), ['/zeimu/kyuyo-hokoku/mitotsugo/:nendo?', { nendo: '2026' }]);
  assert.deepEqual(at('/zeimu/nenkin-hokoku'), ['/zeimu/nenkin-hokoku', {}]);
  assert.deepEqual(at('/zeimu/nenkin-hokoku/mitotsugo/2025'), ['/zeimu/nenkin-hokoku/mitotsugo/:nendo?', { nendo: '2025' }]);
  assert.deepEqual(at('/zeimu/tokubetsu-choshu'), ['/zeimu/tokubetsu-choshu', {}]);
  assert.deepEqual(at(`/zeimu/tokubetsu-choshu/2026/${encodeURIComponent('株式会社 みなみ/商事')}`),
    ['/zeimu/tokubetsu-choshu/:nendo/:gimusha', { nendo: '2026', gimusha: '株式会社 みなみ/商事' }]);
  assert.deepEqual(at('/zeimu/tokubetsu-choshu/2026/0012345678'), ['/zeimu/tokubetsu-choshu/:nendo/:gimusha', { nendo: '2026', gimusha: '0012345678' }]);
  assert.deepEqual(at('/zeimu/parameter'), ['/zeimu/parameter', {}]);
  assert.deepEqual(at('/zeimu/tosho-fuka'), ['/zeimu/tosho-fuka/:jobId?', {}]);
  assert.deepEqual(at('/zeimu/tosho-fuka/0b7e-42af'), ['/zeimu/tosho-fuka/:jobId?', { jobId: '0b7e-42af' }]);
  assert.equal(at('/zeimu/tosho-fuka/ZZZ'), null);
  assert.deepEqual(at('/zeimu/kei/tosho-fuka/0b7e-42af'), ['/zeimu/kei/tosho-fuka/:jobId?', { jobId: '0b7e-42af' }]);
  const person = '/zeimu/:atenabango/:nendo/:tab?';
  assert.deepEqual(at('/zeimu/80000000014/2025'), [person, { atenabango: '80000000014', nendo: '2025' }]);
  assert.deepEqual(at('/zeimu/80000000014/2025/rireki'), [person, { atenabango: '80000000014', nendo: '2025', tab: 'rireki' }]);
  assert.deepEqual(at('/zeimu/80000000014/2025/kaokushiki'), [person, { atenabango: '80000000014', nendo: '2025', tab: 'kaokushiki' }]);
  assert.deepEqual(at('/zeimu/80000000014/2025/shokyaku'), [person, { atenabango: '80000000014', nendo: '2025', tab: 'shokyaku' }]);
  assert.deepEqual(at('/zeimu/0000000123/2025/sozoku'), [person, { atenabango: '0000000123', nendo: '2025', tab: 'sozoku' }]);
  assert.deepEqual(at('/zeimu/hojin'), ['/zeimu/hojin', {}]);
  assert.equal(at('/zeimu/80000000014/令和7'), null);
  assert.equal(at('/zeimu/80000000014/2025/kaigo'), null);
  assert.equal(typeof d.reset, 'function');
  d.reset();
});

test('税務課 links and routes by role: パラメータ管理 for zeimu-admin alone, the clerks\' screens not for it', async () => {
  const { allowedFor, menusForRoles, rolesOf } = await web('departments.js');
  const d = await loadDepartment({ id: 'zeimu', name: '税務課', services: ['zeimu'], roles: ['zeimu-clerk', 'zeimu-admin'], load: () => web('zeimu/index.js') });
  const labels = (roles) => menusForRoles([d], rolesOf({ realm_access: { roles } })).flatMap((x) => x.menu.map((m) => m.label));
  assert.deepEqual(labels(['zeimu-admin']), ['パラメータ管理']);
  assert.ok(labels(['zeimu-clerk']).includes('特別徴収税額の通知'));
  assert.ok(!labels(['zeimu-clerk']).includes('パラメータ管理'));
  assert.equal(labels(['zeimu-clerk', 'zeimu-admin']).length, d.menu.length);
  assert.deepEqual(labels(['jumin-clerk']), []);
  const admin = d.routes.find((r) => r.pattern === '/zeimu/parameter');
  assert.equal(allowedFor(admin, new Set(['zeimu-admin'])), true);
  assert.equal(allowedFor(admin, new Set(['zeimu-clerk'])), false);
  assert.equal(allowedFor(d.routes.find((r) => r.pattern === '/zeimu/shisan'), new Set(['zeimu-admin'])), false);
  assert.equal(allowedFor({}, new Set()), true);
});

test('the two payment reports share one import: per-kind title, law, path, columns and amount as the contract', async () => {
  const { HOKOKU, hokokuShuruiMessage, isHokokuShurui, otherKind } = await web('zeimu/hokoku.js');
  const columns = (schema) => /列: ([^(]+)\(/.exec(schemaLines(schema).join(' '))[1].split(',').map((c) => c.trim()).filter(Boolean);
  assert.deepEqual(HOKOKU.kyuyo.columns.split(', '), columns('KyuyoHokokuRequest'));
  assert.deepEqual(HOKOKU.nenkin.columns.split(', '), columns('KotekiNenkinHokokuRequest'));
  for (const [kind, mitotsugo] of [[HOKOKU.kyuyo, 'KyuyoHokokuMitotsugo'], [HOKOKU.nenkin, 'KotekiNenkinHokokuMitotsugo']]) {
    assert.ok(CONTRACT.includes(`  ${kind.path}:`), `${kind.path} in the contract`);
    assert.ok(CONTRACT.includes(`  ${kind.path}/mitotsugo:`));
    assert.ok(schemaLines(mitotsugo).some((l) => l.trim() === `- ${kind.amount}`), `${mitotsugo} requires ${kind.amount}`);
  }
  assert.equal(HOKOKU.kyuyo.law, '地方税法第317条の6第1項');
  assert.equal(HOKOKU.nenkin.law, '地方税法第317条の6第4項');
  assert.equal(otherKind(HOKOKU.kyuyo), HOKOKU.nenkin);
  assert.equal(otherKind(HOKOKU.nenkin), HOKOKU.kyuyo);
  assert.equal(isHokokuShurui(new ApiError({ status: 409, code: 'hokoku-shurui' })), true);
  assert.equal(isHokokuShurui(new ApiError({ status: 409, code: 'idempotency-key-reuse' })), false);
  const m = hokokuShuruiMessage(HOKOKU.nenkin, 'このファイルは a.csv として取込済みです');
  assert.match(m, /給与支払報告書として取込済み/);
  assert.match(m, /a\.csv/);
  assert.match(m, /「給与支払報告書の取込」/);
});

test('特別徴収税額の通知: employees against the months of the totals, a missing month left empty', async () => {
  const { tokuchoHref, tsukiLabel, tsukiwariRows } = await web('zeimu/tokucho.js');
  const t = {
    tsukibetsu_gokei: [{ kibetsu: '6月', nengetsu: '2026-06', zeigaku: 300 }, { kibetsu: '7月', nengetsu: '2026-07', zeigaku: 200 }],
    jugyoin: [{ atenabango: '1', tsukiwari: [{ nengetsu: '2026-06', zeigaku: 200 }, { nengetsu: '2026-07', zeigaku: 200 }] },
      { atenabango: '2', tsukiwari: [{ nengetsu: '2026-06', zeigaku: 100 }] }],
  };
  const { months, rows } = tsukiwariRows(t);
  assert.deepEqual(months, ['2026-06', '2026-07']);
  assert.deepEqual(rows.map((r) => r.tsuki), [[200, 200], [100, null]]);
  assert.deepEqual(tsukiwariRows({}), { months: [], rows: [] });
  assert.equal(tsukiLabel('2027-05'), '5月');
  assert.equal(format.shinkokuLabel(0), 'なし（支払報告書による）');
  assert.equal(format.shinkokuLabel(2), '第2版');
  assert.equal(tokuchoHref(2026, '株式会社 みなみ'), `#/zeimu/tokubetsu-choshu/2026/${encodeURIComponent('株式会社 みなみ')}`);
  for (const p of ['ninzu', 'nenzeigaku_gokei', 'yokushi_ninzu', 'tsukibetsu_gokei', 'jugyoin', 'gimusha']) {
    assert.ok(properties('TokubetsuChoshuTsuchi').includes(p), p);
  }
});

test('パラメータ管理 and 試算: which set, the document read, its refusals by path', async () => {
  const { documentErrors, nendoRangeLabel, nichijiLabel, parameterDocument, parameterSetLabel, shiyochuLabel, valueText } = await web('zeimu/parameter.js');
  assert.equal(parameterSetLabel({ kubun: 'kitei', shikuchosonkodo: '999997', dantai_mei: '架空県みなみ市 (999997)' }), '架空県みなみ市（999997）　規定（出荷時の値）');
  assert.equal(parameterSetLabel({ kubun: 'toroku', shikuchosonkodo: '151009', version: 3 }), '151009　登録第3版');
  assert.match(parameterSetLabel({ kubun: 'inline', shikuchosonkodo: '151009' }), /試算の入力/);
  assert.deepEqual(contractEnum('ParameterShugo', 'kubun'), ['inline', 'toroku', 'kitei']);
  assert.deepEqual(contractEnum('ParameterRireki', 'kubun'), ['toroku', 'kitei', 'nashi']);
  assert.equal(shiyochuLabel({ kubun: 'toroku', version: 2 }), '登録第2版');
  assert.match(shiyochuLabel({ kubun: 'nashi' }), /ありません/);
  assert.deepEqual(parameterDocument('{"dantai_code":"151009"}'), { doc: { dantai_code: '151009' } });
  assert.match(parameterDocument('[1]').problem, /オブジェクト/);
  assert.match(parameterDocument('{').problem, /JSON として読めません/);
  const { inDocument, others } = documentErrors([{ field: 'parameters.kyuchi.values[0].value', message: 'a' },
    { field: 'source', message: 'b' }, { field: 'dantai_code', message: 'c' }, { message: 'd' }, { field: 'shikuchosonkodo', message: 'e' }]);
  assert.deepEqual(inDocument.map((e) => e.message), ['a', 'c']);
  assert.deepEqual(others.map((e) => e.message), ['b', 'd', 'e']);
  assert.equal(valueText(3000), '3,000');
  assert.equal(valueText('6%'), '6%');
  assert.equal(valueText({ a: 1 }), '{"a":1}');
  assert.equal(valueText(true), 'はい');
  assert.equal(nendoRangeLabel('R3..R8'), '令和3〜8年度');
  assert.equal(nendoRangeLabel('R7'), '令和7年度');
  assert.equal(nendoRangeLabel('X'), 'X');
  assert.equal(nichijiLabel('2026-12-01T15:30:00Z'), '令和8年12月2日 00:30');
  for (const p of ['dantai_code', 'name_ja', 'todofuken', 'source', 'parameters']) assert.ok(properties('ShikuchosonParameterToroku').includes(p), p);
});

test('what the screens recognise in the service\'s answers', async () => {
  const { isKoseiRiyuRequired } = await web('zeimu/fuka.js');
  const { normalizeAtenabango } = await web('zeimu/kensaku.js');
  const { setsumeiJa, statusLabel, unconfirmedParameters } = await web('zeimu/konkyo.js');
  assert.equal(isKoseiRiyuRequired(new ApiError({ status: 422, code: 'kosei-riyu' })), true);
  assert.equal(isKoseiRiyuRequired(new ApiError({ status: 422, code: 'mishinkoku' })), false);
  assert.equal(isShienRefusal(new ApiError({ status: 403, code: 'shien-sochi' })), true);
  assert.equal(isShienRefusal(new ApiError({ status: 403 })), false);
  assert.equal(normalizeAtenabango(' ８０００-０００００１４ '), '80000000014');
  assert.equal(statusLabel('confirmed'), null);
  assert.equal(statusLabel('unconfirmed'), '未確認');
  assert.equal(statusLabel('inferred'), '推定');
  assert.deepEqual(unconfirmedParameters({ parameters: [{ id: 'a', status: 'confirmed' }, { id: 'b', status: 'inferred' }] }).map((p) => p.id), ['b']);
  assert.deepEqual(unconfirmedParameters({}), []);
  assert.equal(setsumeiJa('基礎控除 430,000円 ← 合計所得金額 2,370,000 〔地方税法第314条の2第2項〕 [基礎控除 0〜24,000,000: 430,000; 全国 令和8年度; confirmed] [x 1; 全国 令和8年度; unconfirmed]'),
    '基礎控除 430,000円 ← 合計所得金額 2,370,000 〔地方税法第314条の2第2項〕 [基礎控除 0〜24,000,000: 430,000; 全国 令和8年度; 確認済] [x 1; 全国 令和8年度; 未確認]');
  assert.equal(setsumeiJa(undefined), '');
});

test('家屋敷課税: a place counts for the 年度 whose 1月1日 it was held on, and every item sent is the contract\'s', async () => {
  const { heldOnFukakijitsu } = await web('zeimu/kaokushiki.js');
  const k = { shoyu_kaishibi: '2019-08-01', shoyu_shuryobi: '2025-06-30' };
  assert.equal(heldOnFukakijitsu(k, 2019), false); // acquired after 令和元年1月1日
  assert.equal(heldOnFukakijitsu(k, 2020), true);
  assert.equal(heldOnFukakijitsu(k, 2025), true); // sold after 1月1日: still taxed for 令和7年度
  assert.equal(heldOnFukakijitsu(k, 2026), false);
  assert.equal(heldOnFukakijitsu({ shoyu_kaishibi: '2026-01-01', shoyu_shuryobi: null }, 2026), true);
  assert.equal(heldOnFukakijitsu({ shoyu_kaishibi: '2020-01-01', shoyu_shuryobi: '2026-01-01' }, 2026), false);
  const src = (f) => readFileSync(new URL(`zeimu/${f}`, BUILT_WEB), 'utf8');
  const paths = (f) => [...src(f).matchAll(/(?:kingakuField|textField|selectField|checkField)\('([^']+)'/g)].map((m) => m[1]);
  const kaokushiki = paths('kaokushiki.js');
  assert.deepEqual([...new Set(kaokushiki.filter((x) => properties('KaokushikiTorokuRequest').includes(x)))].sort(),
    ['kubun', 'riyu', 'shoyu_kaishibi', 'shozaichi']);
  assert.deepEqual(kaokushiki.filter((x) => !properties('KaokushikiTorokuRequest').includes(x)), ['shoyu_shuryobi']);
  assert.ok(properties('KaokushikiShuryoRequest').includes('shoyu_shuryobi') && properties('KaokushikiShuryoRequest').includes('riyu'));
  const jokyo = paths('fuka.js').filter((x) => x.startsWith('jushochi_jokyo.')).map((x) => x.slice('jushochi_jokyo.'.length));
  const jokyoProps = schemaLines('FukaRequest').map((l) => /^ {12}([a-z_]+):/.exec(l)?.[1]).filter(Boolean);
  assert.deepEqual(jokyo.sort(), ['gokei_shotoku_kingaku', 'ninzu', 'seikatsu_hogo', 'shogaisha_to']);
  for (const x of jokyo) assert.ok(jokyoProps.includes(x), `FukaRequest.jushochi_jokyo.${x}`);
  assert.equal(contractLabel('kaokushiki_kubun', 'kaokushiki'), '家屋敷');
});

test('償却資産・法人・相続人代表者: every item the screens send is the contract\'s, and the 法人番号 check digit', async () => {
  const src = (f) => readFileSync(new URL(`zeimu/${f}`, BUILT_WEB), 'utf8');
  const fields = (f) => [...src(f).matchAll(/(?:kingakuField|textField|selectField|checkField)\('([^']+)'/g)].map((m) => m[1]);
  const cols = (f) => [...src(f).matchAll(/\{ col: '([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(cols('shokyaku.js').sort(), properties('ShokyakuShisanGyo').sort());
  for (const x of fields('shokyaku.js')) assert.ok(properties('ShokyakuShinkokuRequest').includes(x), `ShokyakuShinkokuRequest.${x}`);
  assert.deepEqual(fields('hojin.js').sort(), properties('HojinTorokuRequest').sort());
  assert.deepEqual(fields('sozoku.js').sort(), properties('SozokuninDaihyoshaShiteiRequest').sort());
  const { SHURUI } = await web('zeimu/shokyaku.js');
  assert.deepEqual(SHURUI, contractEnum('ShokyakuShisanGyo', 'shurui'));
  const { SHITEI_KUBUN } = await web('zeimu/sozoku.js');
  assert.deepEqual(SHITEI_KUBUN.map(([v]) => v), contractEnum('SozokuninDaihyoshaShiteiRequest', 'shitei_kubun'));
  assert.equal(contractLabel('shokyaku_shurui', '6'), '工具、器具及び備品');
  assert.equal(contractLabel('shinkoku_kubun', 'shusei'), '修正申告');
  const { hojinBangoValid } = await web('zeimu/hojin.js');
  // 国税庁 7000012050002 and a third-party worked example (基礎番号 123456789012 → 7); the service checks the same rule
  for (const ok of ['7000012050002', '4011001098993', '7123456789012', '1180301018771']) assert.equal(hojinBangoValid(ok), true, ok);
  for (const ng of ['8000012050002', '0000012050002', '700001205000', '７000012050002', '70000120500021']) assert.equal(hojinBangoValid(ng), false, ng);
});
