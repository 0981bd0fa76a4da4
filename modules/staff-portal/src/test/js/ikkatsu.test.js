// 給与支払報告書の取込 and 当初賦課 (zeimu/ikkatsu.js): the file checked against the contract before it is
// sent, and the job's progress as the screen writes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILT_WEB } from './built.js';

const ROOT = new URL('../../../../../', import.meta.url);
const CONTRACT = readFileSync(new URL('contracts/local-tax/v1.yaml', ROOT), 'utf8');
const k = await import(new URL('zeimu/ikkatsu.js', BUILT_WEB));

test('the limits are the contract\'s (KyuyoHokokuRequest, the 1 MiB body)', () => {
  const schema = CONTRACT.slice(CONTRACT.indexOf('    KyuyoHokokuRequest:'), CONTRACT.indexOf('    KyuyoHokokuKekka:'));
  assert.match(schema, new RegExp(`csv:[\\s\\S]*?maxLength: ${k.CSV_MAX_CHARS}\\n`));
  assert.match(schema, new RegExp(`file_name:[\\s\\S]*?maxLength: ${k.FILE_NAME_MAX}\\n`));
  assert.match(CONTRACT, /上限 1 MiB/);
  assert.equal(k.BODY_MAX_BYTES, 1048576);
});

test('a CSV that fits is sent; one over the contract\'s size is refused with a clear message', () => {
  const header = 'nendo,shiharaisha_meisho,kojinbango,shimei,shimei_furigana,seinengappi,jusho,kyuyo_shunyu\n';
  assert.equal(k.csvProblem({ fileName: 'kyuyo.csv', text: `${header}2026,株式会社みなみ,,𠮷田　一,,1980-01-01,架空県みなみ市,3000000\n` }), null);
  assert.equal(k.csvProblem({ fileName: 'kyuyo.csv', text: '' }), 'ファイルが空です。');
  assert.equal(k.csvProblem({ fileName: 'kyuyo.csv', text: '\n \n' }), 'ファイルが空です。');
  assert.equal(k.csvProblem({ fileName: '', text: header }), 'ファイルを選択してください。');
  assert.match(k.csvProblem({ fileName: `${'あ'.repeat(201)}.csv`, text: header }), /ファイル名が長すぎます（200文字まで）/);
  // exactly the limit in ASCII fits (900,000 characters, well under 1 MiB)
  assert.equal(k.csvProblem({ fileName: 'a.csv', text: 'a'.repeat(900_000) }), null);
  assert.equal(k.csvProblem({ fileName: 'a.csv', text: 'a'.repeat(900_001) }),
    'ファイルが大きすぎます（900,001 文字）。取り込めるのは 900,000 文字までです。ファイルを分けてください。');
  // characters are code points as in the contract: 900,000 × 𠮷 is not 1,800,000 — but as UTF-8 it is over 1 MiB
  assert.match(k.csvProblem({ fileName: 'a.csv', text: '𠮷'.repeat(300_000) }), /送信すると 1,200,0\d\d バイト.*1 MiB まで/);
  assert.equal(k.csvProblem({ fileName: 'a.csv', text: '𠮷'.repeat(200_000) }), null);
});

test('a file over 1 MiB is refused before it is read', () => {
  assert.equal(k.fileSizeProblem(10), null);
  assert.equal(k.fileSizeProblem(1048576), null);
  assert.equal(k.fileSizeProblem(1048577), 'ファイルが大きすぎます（1,048,577 バイト）。取り込めるのは 1 MiB（1,048,576 バイト）までです。ファイルを分けてください。');
  assert.equal(k.fileSizeProblem(0), 'ファイルが空です。');
});

test('progress: the share done, the speed and the time left as the screen writes them', () => {
  assert.equal(k.progressPercent({ processed: 0, total: 41 }), 0);
  assert.equal(k.progressPercent({ processed: 40, total: 41 }), 97);
  assert.equal(k.progressPercent({ processed: 41, total: 41 }), 100);
  assert.equal(k.progressPercent({ processed: 0, total: 0, status: 'running' }), 0);
  assert.equal(k.progressPercent({ processed: 0, total: 0, status: 'done' }), 100, 'nobody to assess: done is all');
  assert.equal(k.progressPercent({ processed: 50, total: 41 }), 100, 'never beyond the bar');
  assert.equal(k.formatRate(null), '—');
  assert.equal(k.formatRate(undefined), '—');
  assert.equal(k.formatRate(3.456), '3.5 人/秒');
  assert.equal(k.formatRate(0), '0.0 人/秒');
  assert.equal(k.formatRate(1234.4), '1,234 人/秒');
  assert.equal(k.formatEta(null, 'running'), '計算中');
  assert.equal(k.formatEta(45, 'running'), '約45秒');
  assert.equal(k.formatEta(200, 'running'), '約3分20秒');
  assert.equal(k.formatEta(180, 'running'), '約3分');
  assert.equal(k.formatEta(7500, 'running'), '約2時間5分');
  assert.equal(k.formatEta(7200, 'running'), '約2時間');
  assert.equal(k.formatEta(0, 'done'), 'なし（完了）');
  assert.equal(k.formatEta(null, 'done'), 'なし（完了）');
  assert.equal(k.statusLabel('running'), '実行中');
  assert.equal(k.statusLabel('done'), '完了');
  assert.equal(k.isDone({ status: 'done' }), true);
  assert.equal(k.isDone({ status: 'running' }), false);
  assert.equal(k.formatCount(1234567), '1,234,567');
  assert.equal(k.formatCount(undefined), '—');
});

test('every count the screen shows is a property of ToshoFukaProgress', () => {
  const schema = CONTRACT.slice(CONTRACT.indexOf('    ToshoFukaProgress:'));
  for (const [key] of k.TOSHO_COUNTS) assert.match(schema, new RegExp(`\\n {8}${key}:`), key);
  assert.deepEqual(k.TOSHO_COUNTS.map(([, l]) => l), ['賦課', '未申告', '対象外', '賦課済み', 'エラー']);
  const status = /status:[\s\S]*?enum:\n((?:\s+- \w+\n)+)/.exec(schema)[1].match(/\w+/g);
  assert.deepEqual(Object.keys(k.STATUS_LABELS).sort(), status.sort());
});
