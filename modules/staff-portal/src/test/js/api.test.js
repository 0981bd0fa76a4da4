import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, createClients } from '../../main/web/core/api.js';
import { json, scriptedFetch } from './fakes.js';

const sleep = async () => {};

test('GET: JSON answer, bearer token, base URL with a path prefix kept', async () => {
  const f = scriptedFetch(() => json(200, { total: 1, items: [] }));
  const auth = { accessToken: async () => 'T', refresh: async () => false, expired: () => {} };
  const api = createClient({ name: 'jumin', baseUrl: 'https://city.example.jp/jumin-api/', auth, fetchFn: f, sleep });
  assert.deepEqual(await api.get('/v1/jumin?kana=%E3%82%A2'), { total: 1, items: [] });
  assert.equal(f.calls[0].url, 'https://city.example.jp/jumin-api/v1/jumin?kana=%E3%82%A2');
  assert.equal(f.calls[0].headers.Authorization, 'Bearer T');
  assert.match(f.calls[0].headers.Accept, /application\/problem\+json/);
  assert.equal(f.calls[0].init.method, 'GET');
});

test('a GET that fails with 502 is tried once more', async () => {
  const f = scriptedFetch((c, n) => (n === 1 ? new Response('bad gateway', { status: 502 }) : json(200, { ok: true })));
  const auth = { accessToken: async () => 'T', refresh: async () => false, expired: () => {} };
  assert.deepEqual(await createClient({ name: 'jumin', baseUrl: 'http://svc', auth, fetchFn: f, sleep }).get('/x'), { ok: true });
  assert.equal(f.calls.length, 2);
});

test('401: one refresh, then the same request with the new token', async () => {
  let token = 'old';
  const auth = { accessToken: async () => token, refresh: async () => { token = 'new'; return true; }, expired: () => assert.fail('not expired') };
  const f = scriptedFetch((c) => (c.headers.Authorization === 'Bearer old' ? json(401, { title: 'Unauthorized' }) : json(201, { ok: 1 })));
  const api = createClient({ name: 'jumin', baseUrl: 'http://svc', auth, fetchFn: f, sleep });
  const s = { keyFor: () => 'K', settle: () => {} };
  assert.deepEqual(await api.command(s, '/v1/ido/tenkyo', {}), { ok: 1 });
  assert.deepEqual(f.calls.map((c) => [c.headers.Authorization, c.headers['Idempotency-Key']]), [['Bearer old', 'K'], ['Bearer new', 'K']]);
});

test('401 again after the refresh (or no login at all): the login is over', async () => {
  let expired = 0;
  const auth = { accessToken: async () => 'T', refresh: async () => true, expired: () => { expired += 1; } };
  const f = scriptedFetch(() => json(401, { title: 'Unauthorized' }));
  const e = await createClient({ name: 'jumin', baseUrl: 'http://svc', auth, fetchFn: f, sleep }).get('/x').catch((x) => x);
  assert.equal(e.kind, 'unauthenticated');
  assert.equal(f.calls.length, 2);
  assert.equal(expired, 1);

  const none = { accessToken: async () => null, refresh: async () => false, expired: () => { expired += 1; } };
  const f2 = scriptedFetch(() => assert.fail('no request without a token'));
  const e2 = await createClient({ name: 'jumin', baseUrl: 'http://svc', auth: none, fetchFn: f2, sleep }).get('/x').catch((x) => x);
  assert.equal(e2.kind, 'unauthenticated');
  assert.equal(expired, 2);
});

test('raw answers (PDF) come back as the Response', async () => {
  const f = scriptedFetch(() => new Response('%PDF-1.7', { status: 201, headers: { 'Content-Type': 'application/pdf', 'X-Hakko-Bango': 'R6-000123' } }));
  const auth = { accessToken: async () => 'T', refresh: async () => false, expired: () => {} };
  const r = await createClient({ name: 'jumin', baseUrl: 'http://svc', auth, fetchFn: f, sleep })
    .request('/v1/shomei/juminhyo', { method: 'POST', body: { yoshiki: 'kojin' }, raw: true, accept: 'application/pdf, application/problem+json' });
  assert.equal(r.headers.get('X-Hakko-Bango'), 'R6-000123');
  assert.equal(await r.text(), '%PDF-1.7');
  assert.equal(f.calls[0].headers['Content-Type'], 'application/json');
  assert.equal(f.calls[0].headers.Accept, 'application/pdf, application/problem+json');
});

test('one client per configured service, sharing the login', () => {
  const auth = { accessToken: async () => 'T', refresh: async () => false, expired: () => {} };
  const clients = createClients({ jumin: { baseUrl: 'http://a' }, zeimu: { baseUrl: 'http://b' }, kaigo: {} }, auth);
  assert.deepEqual(Object.keys(clients), ['jumin', 'zeimu']);
  assert.equal(clients.zeimu.baseUrl, 'http://b');
  assert.throws(() => createClient({ name: 'x', auth }), /baseUrl/);
});
