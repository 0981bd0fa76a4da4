// The annual jobs' screens (国保の本算定, 介護保険料の年次賦課, 軽自動車税の当初賦課) held to their contracts: the paths
// they call, the counts they show and the target key of the error list are the contract's; the 年度 and rate read as a
// clerk expects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_WEB } from './built.js';
import { contractOf } from './contract.js';

const web = (f) => import(new URL(f, BUILT_WEB));
const { currentNendo, formatJobRate, nendoWareki } = await web('core/job-screen.js');
const { HONSANTEI } = await web('kokuho/honsantei.js');
const { NENJI_FUKA } = await web('kaigo/nenji-fuka.js');
const { KEI_TOSHO } = await web('zeimu/kei-tosho.js');

const JOBS = [
  { spec: HONSANTEI, contract: 'national-health-insurance', progress: 'HonsanteiProgress', errors: 'HonsanteiErrors', dept: 'kokuho/index.js', pattern: '/kokuho/honsantei/:jobId?' },
  { spec: NENJI_FUKA, contract: 'long-term-care', progress: 'KaigoNenjiFukaProgress', errors: 'KaigoNenjiFukaError', dept: 'kaigo/index.js', pattern: '/kaigo/nenji-fuka/:jobId?' },
  { spec: KEI_TOSHO, contract: 'local-tax', progress: 'KeijidoshazeiToshoProgress', errors: 'KeijidoshazeiToshoErrors', dept: 'zeimu/index.js', pattern: '/zeimu/kei/tosho-fuka/:jobId?' },
];

test('the 年度 a clerk runs is the fiscal year of today (April to March)', () => {
  assert.equal(currentNendo(new Date(2026, 2, 31)), 2025);
  assert.equal(currentNendo(new Date(2026, 3, 1)), 2026);
  assert.equal(nendoWareki(2025), '令和7年度');
  assert.equal(nendoWareki(2019), '令和元年度');
});

test('the rate reads in the job\'s unit', () => {
  assert.equal(formatJobRate(12.34, '世帯'), '12.3 世帯/秒');
  assert.equal(formatJobRate(1234.4, '人'), '1,234 人/秒');
  assert.equal(formatJobRate(null, '人'), '—');
});

for (const j of JOBS) {
  test(`${j.spec.title}: the paths, counts and target key are the contract's`, async () => {
    const c = contractOf(j.contract);
    const { readFileSync } = await import('node:fs');
    const yaml = readFileSync(new URL(`../../../../../contracts/${j.contract}/v1.yaml`, import.meta.url), 'utf8');
    for (const p of [j.spec.path, `${j.spec.path}/{job_id}`, `${j.spec.path}/{job_id}/errors`]) {
      assert.ok(yaml.includes(`\n  ${p}:\n`), `${p} in contracts/${j.contract}`);
    }
    const progress = c.schemaLines(j.progress);
    for (const [k] of j.spec.counts) {
      assert.ok(progress.includes(`        ${k}:`), `${j.progress}.${k}`);
    }
    assert.ok(c.schemaLines(j.errors).some((l) => l.trim() === `${j.spec.keyName}:`), `${j.errors}.${j.spec.keyName}`);
    const dept = (await web(j.dept)).default;
    assert.ok(dept.routes.some((r) => r.pattern === j.pattern), `route ${j.pattern}`);
    assert.ok(JSON.stringify(dept.menu).includes(j.spec.route), `menu link ${j.spec.route}`);
  });
}
