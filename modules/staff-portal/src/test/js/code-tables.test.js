// The code tables: read from standard-specs at build time, and the link from the contract's values.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkTables, readCodeTables, renderModule } from '../../../tools/generate-code-tables.mjs';
import { parseYaml } from '../../../tools/yaml-subset.mjs';
import { CONTRACT_CODES } from '../../main/web/jumin/contract-codes.js';
import { BUILT_WEB, CODE_TABLES } from './built.js';

const ROOT = new URL('../../../../../', import.meta.url);
const SPECS = fileURLToPath(new URL('standard-specs/', ROOT));
const yamlText = readFileSync(join(SPECS, 'resident-records', 'code-tables.yaml'), 'utf8');

test('the YAML subset: mappings, sequences, flow collections, quoting, block scalars, comments', () => {
  const doc = parseYaml([
    '# comment',
    'a:',
    '  name_ja: 性別   # trailing comment',
    '  n: 4',
    '  quoted: "0"',
    "  single: 'it''s'",
    '  folded: >-',
    '    one',
    '    two',
    '',
    '    three',
    '  literal: |',
    '    x',
    '    y',
    '  list: [夫, 妻, 夫（未届）]',
    '  empty: []',
    '  rows:',
    '    - {code: "1", name: 男, items: [a, b], note: "x: y, z"}',
    '    - key: v',
    '      other: w',
    '    - plain',
    'b:',
    '- 1',
    '- true',
    '- ~',
    'c: text with # not a comment? no: the # starts one',
  ].join('\n'));
  assert.deepEqual(doc, {
    a: {
      name_ja: '性別', n: 4, quoted: '0', single: "it's", folded: 'one two\nthree', literal: 'x\ny\n',
      list: ['夫', '妻', '夫（未届）'], empty: [],
      rows: [{ code: '1', name: '男', items: ['a', 'b'], note: 'x: y, z' }, { key: 'v', other: 'w' }, 'plain'],
    },
    b: [1, true, null],
    c: 'text with',
  });
});

test('constructs outside the subset are refused with file and line', () => {
  assert.throws(() => parseYaml('a: &x 1\nb: *x', 'f.yaml'), /f\.yaml:1: anchors/);
  assert.throws(() => parseYaml('a: [1,\n  2]', 'f.yaml'), /f\.yaml:1/);
  assert.throws(() => parseYaml('a: one\n  continued', 'f.yaml'), /f\.yaml:2: a value continues/);
  assert.throws(() => parseYaml('a: 1\na: 2', 'f.yaml'), /duplicate key a/);
  assert.throws(() => parseYaml('---\na: 1', 'f.yaml'), /several documents/);
  assert.throws(() => parseYaml('a:\n\t- 1', 'f.yaml'), /tab/);
});

test('the real file: every table and row, codes as text', () => {
  const [rr] = readCodeTables(SPECS).filter((s) => s.service === 'resident-records');
  const t = rr.tables;
  assert.deepEqual(Object.keys(t), ['seibetsu', 'zokugara', 'idojiyu', 'gengo', 'jumin_shubetsu', 'jumin_jotai', 'hodai30jono45kubun']);
  assert.deepEqual(t.seibetsu.values.map((v) => [v.official_code, v.name_ja]), [['0', '不明（未記入）'], ['1', '男'], ['2', '女']]);
  assert.equal(t.zokugara.rules.head_of_household, '世帯主');
  assert.equal(t.zokugara.rules.chain.max_generations, 4);
  assert.ok(t.zokugara.rules.forbidden_examples.includes('祖父'));
  assert.deepEqual(t.gengo.values.map((g) => g.start_date), ['1868-01-25', '1912-07-30', '1926-12-25', '1989-01-08', '2019-05-01']);
  // as many 異動事由 rows as the file has lines for them (an independent count)
  const idojiyuLines = yamlText.split('\n').filter((l) => /^\s+- \{group: /.test(l)).length;
  assert.equal(t.idojiyu.values.length, idojiyuLines);
  assert.ok(t.idojiyu.values.every((v) => v.official_code === 'unknown' && v.kikan_code));
  assert.ok(!/\n/.test(t.gengo.source), 'folded text is one paragraph');
  assert.match(t.idojiyu.note, /転居取消/);
});

test('the generated module is what the build serves, deterministic and frozen', async () => {
  const sources = readCodeTables(SPECS);
  const built = readFileSync(new URL('generated/code-tables.js', BUILT_WEB), 'utf8');
  assert.equal(built, renderModule(sources), 'target/ holds the output of the current standard-specs');
  assert.equal(renderModule(sources), renderModule(readCodeTables(SPECS)));
  assert.match(built, /GENERATED .* do not edit/);
  assert.ok(Object.isFrozen(CODE_TABLES['resident-records'].seibetsu.values[0]));
  assert.deepEqual(CODE_TABLES['resident-records'].seibetsu, sources.find((s) => s.service === 'resident-records').tables.seibetsu);
});

test('every standard-specs/<service>/code-tables.yaml is included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'specs-'));
  for (const [service, body] of [['resident-records', 'a:\n  name_ja: A\n  values:\n    - {official_code: "1", name_ja: 一}\n'],
    ['local-tax', 'b:\n  name_ja: B\n  rules: {x: 1}\n'], ['no-tables', null]]) {
    mkdirSync(join(dir, service));
    if (body) writeFileSync(join(dir, service, 'code-tables.yaml'), body);
  }
  const sources = readCodeTables(dir);
  assert.deepEqual(sources.map((s) => s.service), ['local-tax', 'resident-records']);
  const out = join(dir, 'out.mjs');
  writeFileSync(out, renderModule(sources));
  const mod = await import(`file://${out}`);
  assert.equal(mod.CODE_TABLES['resident-records'].a.values[0].name_ja, '一');
  assert.equal(mod.CODE_TABLES['local-tax'].b.rules.x, 1);
});

test('tables that break the rules fail the generation', () => {
  assert.throws(() => checkTables('f', { t: { name_ja: 'T', values: [{ name_ja: 'x' }] } }), /official_code missing \(write unknown\)/);
  assert.throws(() => checkTables('f', { t: { name_ja: 'T', values: [{ official_code: '1', name_ja: 'a' }, { official_code: 1, name_ja: 'b' }] } }), /duplicate official_code 1/);
  assert.throws(() => checkTables('f', { t: { values: [{ official_code: 'unknown', kikan_code: 'A', name_ja: 'a' }] } }), /name_ja missing/);
  assert.throws(() => checkTables('f', { t: { name_ja: 'T' } }), /neither values nor rules/);
  assert.doesNotThrow(() => checkTables('f', { t: { name_ja: 'T', values: [{ official_code: 'unknown', kikan_code: 'A', name_ja: 'a' }, { official_code: 'unknown', kikan_code: 'B', name_ja: 'b' }] } }));
});

/** The enum of a property in the contract (the property's `enum: [...]` line). */
function contractEnum(contract, property) {
  const m = new RegExp(`\\n\\s+${property}:\\n(?:\\s+type: string\\n)?\\s+enum: \\[([^\\]]*)\\]`).exec(contract);
  assert.ok(m, `enum of ${property} in the contract`);
  return m[1].split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
}

test('every value the contract can send has a row in the standard tables', async () => {
  const contract = readFileSync(new URL('contracts/resident-records/v1.yaml', ROOT), 'utf8');
  const { codeRow, codeLabel } = await import(new URL('jumin/codes.js', BUILT_WEB));
  for (const [item, how] of Object.entries(CONTRACT_CODES)) {
    for (const value of contractEnum(contract, item)) {
      assert.ok(codeRow(item, value), `${item}=${value} → a row of ${how.table || item}`);
    }
    for (const mapped of Object.values(how.values || {})) {
      assert.ok(CODE_TABLES['resident-records'][how.table || item].values.some((r) => r[how.column] === mapped), `${mapped} exists`);
    }
  }
  assert.equal(codeLabel('seibetsu', '2'), '女');
  assert.equal(codeLabel('jumin_jotai', 'shokken_shojo'), '消除');
  assert.equal(codeLabel('hodai30jono45kubun', 'chukyo_zairyusha'), '中長期在留者');
  assert.equal(codeLabel('tennyu_kubun', 'kokugai'), '国外転入等');
  assert.equal(codeLabel('jumin_jotai', 'mirai'), 'mirai', 'an unknown value is shown as it is');
});
