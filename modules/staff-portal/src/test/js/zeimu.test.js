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
    assert.deepEqual(contractEnum(how.schema, how.property).sort(), Object.keys(how.labels).sort(), item);
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
  assert.deepEqual(d.menu.map((m) => m.label), ['納税義務者照会', '試算', '住登外者の登録', '給与支払報告書の取込', '未突合一覧', '当初賦課']);
  const router = createRouter(d.routes);
  const at = (path) => { const r = router.resolve(path); return r && [d.routes.indexOf(r.route), r.params]; };
  assert.deepEqual(at('/zeimu/shisan'), [1, {}]);
  assert.deepEqual(at('/zeimu/jutogai'), [2, {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku'), [3, {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku/mitotsugo'), [4, {}]);
  assert.deepEqual(at('/zeimu/kyuyo-hokoku/mitotsugo/2026'), [4, { nendo: '2026' }]);
  assert.deepEqual(at('/zeimu/tosho-fuka'), [5, {}]);
  assert.deepEqual(at('/zeimu/tosho-fuka/0b7e-42af'), [5, { jobId: '0b7e-42af' }]);
  assert.equal(at('/zeimu/tosho-fuka/ZZZ'), null);
  const person = d.routes.length - 1;
  assert.deepEqual(at('/zeimu/80000000014/2025'), [person, { atenabango: '80000000014', nendo: '2025' }]);
  assert.deepEqual(at('/zeimu/80000000014/2025/rireki'), [person, { atenabango: '80000000014', nendo: '2025', tab: 'rireki' }]);
  assert.equal(at('/zeimu/80000000014/令和7'), null);
  assert.equal(at('/zeimu/80000000014/2025/kaigo'), null);
  assert.equal(typeof d.reset, 'function');
  d.reset();
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
