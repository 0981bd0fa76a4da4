// The Idempotency-Key of a submission: reused after a 5xx, a network error or a time-out (the
// outcome is unknown), new for a new submission.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '../../main/web/core/api.js';
import { ApiError } from '../../main/web/core/problem.js';
import { canonicalJson, createSubmission } from '../../main/web/core/submission.js';
import { json, scriptedFetch } from './fakes.js';

const auth = { accessToken: async () => 'token-1', refresh: async () => false, expired: () => {} };
const keys = () => { let n = 0; return () => `key-${++n}`; };
const client = (fetchFn, options = {}) => createClient({ name: 'jumin', baseUrl: 'http://svc:8081/', auth, fetchFn, sleep: async () => {}, ...options });
const body = { setaibango: '200000000013', idonengappi: '2024-02-01', jusho: { jusho_choaza: 'みなみ町二丁目' } };
const sentKeys = (f) => f.calls.map((c) => c.headers['Idempotency-Key']);

test('automatic retry after a 5xx sends the same key, and succeeds', async () => {
  const f = scriptedFetch((call, n) => (n === 1 ? json(503, { title: 'Service Unavailable', status: 503 }) : json(201, { idojiyu: '転居' })));
  const s = createSubmission({ newKey: keys() });
  const r = await client(f).command(s, '/v1/ido/tenkyo', body);
  assert.equal(r.idojiyu, '転居');
  assert.deepEqual(sentKeys(f), ['key-1', 'key-1']);
  assert.equal(f.calls[0].url, 'http://svc:8081/v1/ido/tenkyo');
  assert.equal(f.calls[0].headers.Authorization, 'Bearer token-1');
  assert.equal(f.calls[0].init.body, JSON.stringify(body));
  assert.equal(s.pendingKey, null, 'a success spends the key');
});

test('after a network error the next press of the button sends the same key', async () => {
  const f = scriptedFetch((call, n) => (n <= 2 ? Promise.reject(new TypeError('Failed to fetch')) : json(201, { idojiyu: '転居' })));
  const s = createSubmission({ newKey: keys() });
  const api = client(f);
  const e = await api.command(s, '/v1/ido/tenkyo', body).catch((x) => x);
  assert.ok(e instanceof ApiError);
  assert.equal(e.kind, 'network');
  assert.equal(s.pendingKey, 'key-1');
  // the clerk presses again with the same content (the body object rebuilt, keys in another order)
  const again = { jusho: { jusho_choaza: 'みなみ町二丁目' }, idonengappi: '2024-02-01', setaibango: '200000000013' };
  await api.command(s, '/v1/ido/tenkyo', again);
  assert.deepEqual(sentKeys(f), ['key-1', 'key-1', 'key-1']);
});

test('a time-out keeps the key: the retry is the same submission', async () => {
  let n = 0;
  const f = scriptedFetch((call) => {
    n += 1;
    if (n === 1) {
      // never answers; the client aborts it
      return new Promise((_, reject) => call.init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return json(201, { idojiyu: '転居' });
  });
  const s = createSubmission({ newKey: keys() });
  const r = await client(f, { timeoutMs: 20 }).command(s, '/v1/ido/tenkyo', body);
  assert.equal(r.idojiyu, '転居');
  assert.deepEqual(sentKeys(f), ['key-1', 'key-1']);
});

test('a time-out with no retry left is reported as a time-out, and the key is kept', async () => {
  const f = scriptedFetch((call) => new Promise((_, reject) => call.init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
  const s = createSubmission({ newKey: keys() });
  const e = await client(f, { timeoutMs: 10, retries: 0 }).command(s, '/v1/ido/tenkyo', body).catch((x) => x);
  assert.equal(e.kind, 'timeout');
  assert.equal(s.pendingKey, 'key-1');
});

test('a refusal (4xx) spends the key: the corrected submission gets a new one', async () => {
  const f = scriptedFetch((call, n) => (n === 1
    ? json(400, { title: '入力に誤りがあります', status: 400, errors: [{ field: 'idonengappi', code: 'E0002', message: '存在しない日付です' }] }, 'application/problem+json')
    : json(201, { idojiyu: '転居' })));
  const s = createSubmission({ newKey: keys() });
  const api = client(f);
  const e = await api.command(s, '/v1/ido/tenkyo', { ...body, idonengappi: '2024-02-30' }).catch((x) => x);
  assert.equal(e.status, 400);
  assert.equal(e.errors[0].field, 'idonengappi');
  assert.equal(f.calls.length, 1, 'a 4xx is not retried');
  assert.equal(s.pendingKey, null);
  await api.command(s, '/v1/ido/tenkyo', body);
  assert.deepEqual(sentKeys(f), ['key-1', 'key-2']);
});

test('the same content sent again after a definite answer is a new submission', async () => {
  const f = scriptedFetch(() => json(409, { title: '他の職員が処理中です', status: 409 }, 'application/problem+json'));
  const s = createSubmission({ newKey: keys() });
  const api = client(f);
  await api.command(s, '/v1/ido/tenkyo', body).catch(() => {});
  await api.command(s, '/v1/ido/tenkyo', body).catch(() => {});
  assert.deepEqual(sentKeys(f), ['key-1', 'key-2']);
});

test('changed content after an unknown outcome is a new submission with a new key', async () => {
  const f = scriptedFetch(() => json(500, { title: 'Internal Server Error', status: 500 }, 'application/problem+json'));
  const s = createSubmission({ newKey: keys() });
  const api = client(f, { retries: 0 });
  await api.command(s, '/v1/ido/tenkyo', body).catch(() => {});
  await api.command(s, '/v1/ido/tenkyo', { ...body, jusho: { jusho_choaza: 'みなみ町三丁目' } }).catch(() => {});
  assert.deepEqual(sentKeys(f), ['key-1', 'key-2']);
});

test('two submissions (two forms) never share a key', async () => {
  const f = scriptedFetch(() => json(201, {}));
  const newKey = keys();
  const api = client(f);
  await api.command(createSubmission({ newKey }), '/v1/ido/tenkyo', body);
  await api.command(createSubmission({ newKey }), '/v1/ido/tenkyo', body);
  assert.deepEqual(sentKeys(f), ['key-1', 'key-2']);
});

test('a POST without a key is never resent automatically', async () => {
  const f = scriptedFetch(() => json(503, { title: 'Service Unavailable' }));
  const e = await client(f).post('/v1/shomei/juminhyo', { yoshiki: 'kojin' }).catch((x) => x);
  assert.equal(e.status, 503);
  assert.equal(f.calls.length, 1);
});

test('canonicalJson ignores key order and undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }), canonicalJson({ a: [{ d: 2 }], b: 1 }));
  assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
});
