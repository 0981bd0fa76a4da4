import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, networkError, parseProblem, timeoutError } from '../../main/web/core/problem.js';

test('problem+json: status, code, title, detail and errors[field, message]', () => {
  const body = JSON.stringify({
    type: 'https://kikan.example/problems/validation', title: '入力に誤りがあります', status: 400,
    detail: '2 件の項目に誤りがあります', code: 'E0002', instance: '/v1/ido/tenkyo',
    errors: [
      { field: 'idonengappi', code: 'E0002', message: '異動年月日が存在しない日付です' },
      { field: 'members[1].shimei_furigana', code: 'E0002', rule: 'katakana', message: 'フリガナは全角カタカナで入力してください' },
      { code: 'E0001', message: '世帯主がいません' },
      { code: 'E0001' },
    ],
  });
  const e = parseProblem(400, 'application/problem+json', body, 'jumin');
  assert.ok(e instanceof ApiError);
  assert.equal(e.kind, 'problem');
  assert.equal(e.status, 400);
  assert.equal(e.code, 'E0002');
  assert.equal(e.title, '入力に誤りがあります');
  assert.equal(e.detail, '2 件の項目に誤りがあります');
  assert.equal(e.type, 'https://kikan.example/problems/validation');
  assert.equal(e.instance, '/v1/ido/tenkyo');
  assert.equal(e.service, 'jumin');
  assert.equal(e.message, '2 件の項目に誤りがあります');
  assert.deepEqual(e.errors, [
    { field: 'idonengappi', message: '異動年月日が存在しない日付です', code: 'E0002' },
    { field: 'members[1].shimei_furigana', message: 'フリガナは全角カタカナで入力してください', code: 'E0002', rule: 'katakana' },
    { field: undefined, message: '世帯主がいません', code: 'E0001' },
  ]);
  assert.equal(e.indeterminate, false);
});

test('a business refusal keeps its code (支援措置)', () => {
  const e = parseProblem(403, 'application/problem+json; charset=utf-8',
    '{"title":"支援措置により抑止されています","status":403,"code":"shien-sochi","detail":"支援措置の対象者です"}');
  assert.equal(e.status, 403);
  assert.equal(e.code, 'shien-sochi');
  assert.deepEqual(e.errors, []);
});

test('a body that is not problem+json still gives a Japanese title', () => {
  const html = parseProblem(502, 'text/html', '<html><body>Bad Gateway</body></html>');
  assert.equal(html.status, 502);
  assert.equal(html.title, 'サーバーでエラーが発生しました（HTTP 502）');
  assert.equal(html.indeterminate, true);
  assert.equal(parseProblem(404, '', '').title, '対象が見つかりません');
  assert.equal(parseProblem(400, 'application/json', '{not json').title, 'エラー（HTTP 400）');
  assert.equal(parseProblem(500, 'application/json', '[1,2]').title, 'サーバーでエラーが発生しました（HTTP 500）');
});

test('which outcomes are unknown: 5xx, no answer, time-out — not 4xx', () => {
  assert.equal(parseProblem(503, '', '').indeterminate, true);
  assert.equal(parseProblem(409, 'application/problem+json', '{"title":"競合"}').indeterminate, false);
  assert.equal(parseProblem(422, '', '').indeterminate, false);
  assert.equal(networkError('jumin').indeterminate, true);
  assert.equal(timeoutError('jumin', 30000).indeterminate, true);
  assert.match(timeoutError('jumin', 30000).detail, /30 秒/);
});
