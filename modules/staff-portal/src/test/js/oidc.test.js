import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { test } from 'node:test';
import { b64url, createAuth, refreshDelay, refreshLeadMs } from '../../main/web/core/oidc.js';
import { fakeTime, json, jwt, memoryStorage, scriptedFetch, settle } from './fakes.js';

const ISSUER = 'http://kc:8180/realms/kikan';
const TOKEN_URL = `${ISSUER}/protocol/openid-connect/token`;

/** A provider whose token endpoint hands out numbered tokens with the given lifetime. */
function provider({ lifetime = 300, refreshAnswer } = {}) {
  let n = 0;
  return scriptedFetch((call) => {
    if (call.url.endsWith('/.well-known/openid-configuration')) {
      return json(200, { authorization_endpoint: `${ISSUER}/auth`, token_endpoint: TOKEN_URL, end_session_endpoint: `${ISSUER}/logout` });
    }
    const form = new URLSearchParams(call.body);
    if (form.get('grant_type') === 'refresh_token' && refreshAnswer) return refreshAnswer(form);
    n += 1;
    return json(200, { access_token: `access-${n}`, refresh_token: `refresh-${n}`, id_token: `id-${n}`, expires_in: lifetime, refresh_expires_in: 1800 });
  });
}

function setup({ lifetime, refreshAnswer, storage = memoryStorage() } = {}) {
  const time = fakeTime();
  const fetchFn = provider({ lifetime, refreshAnswer });
  const events = { expired: 0, changes: 0, navigated: [] };
  const auth = createAuth({
    issuer: ISSUER, clientId: 'kikan-staff', redirectUri: 'http://portal:8080/', storage, fetchFn,
    navigate: (u) => events.navigated.push(u), now: time.now, timers: time.timers, crypto: webcrypto,
    onChange: () => { events.changes += 1; }, onExpired: () => { events.expired += 1; },
  });
  return { auth, time, fetchFn, events, storage };
}

async function loggedIn(options) {
  const s = setup(options);
  await s.auth.login('#/jumin');
  const state = JSON.parse(s.storage.getItem('kikan.pkce')).state;
  const back = await s.auth.completeLogin(`?code=abc&state=${state}`);
  assert.equal(back, '#/jumin');
  return s;
}

const grants = (f) => f.calls.filter((c) => c.url === TOKEN_URL).map((c) => new URLSearchParams(c.body).get('grant_type'));

test('refresh is due a quarter of the lifetime before expiry, at most one minute before', () => {
  const at = (issued, lifetimeS) => ({ issued_at: issued, expires_at: issued + lifetimeS * 1000 });
  assert.equal(refreshLeadMs(at(0, 300)), 60_000);
  assert.equal(refreshLeadMs(at(0, 20)), 5_000);
  assert.equal(refreshDelay(at(0, 300), 0), 240_000);
  assert.equal(refreshDelay(at(0, 20), 0), 15_000);
  assert.equal(refreshDelay(at(0, 300), 250_000), 0);
});

test('the access token is refreshed silently before it expires, again and again', async () => {
  const { auth, time, fetchFn, events } = await loggedIn({ lifetime: 300 });
  assert.equal(await auth.accessToken(), 'access-1');
  assert.deepEqual(time.due(), [240_000]);
  await time.advance(239_999);
  assert.deepEqual(grants(fetchFn), ['authorization_code']);
  await time.advance(1);
  assert.deepEqual(grants(fetchFn), ['authorization_code', 'refresh_token']);
  const refreshCall = fetchFn.calls.filter((c) => c.url === TOKEN_URL)[1];
  assert.equal(new URLSearchParams(refreshCall.body).get('refresh_token'), 'refresh-1');
  assert.equal(new URLSearchParams(refreshCall.body).get('client_id'), 'kikan-staff');
  assert.equal(await auth.accessToken(), 'access-2');
  assert.deepEqual(time.due(), [240_000], 'the next refresh is planned from the new token');
  await time.advance(240_000);
  assert.equal(await auth.accessToken(), 'access-3');
  assert.equal(events.expired, 0);
  assert.equal(auth.session().id_token, 'id-3');
});

test('a short-lived token (20 s) is refreshed at 15 s; the session outlives many tokens', async () => {
  const { auth, time, fetchFn } = await loggedIn({ lifetime: 20 });
  assert.deepEqual(time.due(), [15_000]);
  await time.advance(60_000);
  assert.deepEqual(grants(fetchFn).filter((g) => g === 'refresh_token').length, 4);
  assert.equal(await auth.accessToken(), 'access-5');
});

test('a request when the refresh is due refreshes first, once for concurrent requests', async () => {
  const { auth, time, fetchFn } = await loggedIn({ lifetime: 300 });
  time.jump(250_000); // the timer did not run (throttled background tab)
  const [a, b] = await Promise.all([auth.accessToken(), auth.accessToken()]);
  assert.equal(a, 'access-2');
  assert.equal(b, 'access-2');
  assert.equal(grants(fetchFn).filter((g) => g === 'refresh_token').length, 1);
});

test('a refused refresh (session ended at the provider) ends the login', async () => {
  const { auth, time, events } = await loggedIn({ lifetime: 300, refreshAnswer: () => json(400, { error: 'invalid_grant' }) });
  await time.advance(240_000);
  assert.equal(events.expired, 1);
  assert.equal(auth.session(), null);
  assert.equal(await auth.accessToken(), null);
  assert.deepEqual(time.due(), []);
});

test('provider unreachable: the token is used while valid and the refresh retried', async () => {
  let down = true;
  const { auth, time, fetchFn, events } = await loggedIn({
    lifetime: 300,
    refreshAnswer: () => (down ? Promise.reject(new TypeError('Failed to fetch')) : json(200, { access_token: 'access-late', refresh_token: 'r', expires_in: 300 })),
  });
  await time.advance(240_000);
  assert.equal(await auth.accessToken(), 'access-1', 'still valid for a minute');
  assert.deepEqual(time.due(), [10_000]);
  down = false;
  await time.advance(10_000);
  assert.equal(await auth.accessToken(), 'access-late');
  assert.equal(events.expired, 0);
  assert.ok(grants(fetchFn).filter((g) => g === 'refresh_token').length >= 2);
});

test('provider down until the token expires: the login ends', async () => {
  const { auth, time, events } = await loggedIn({ lifetime: 20, refreshAnswer: () => Promise.reject(new TypeError('Failed to fetch')) });
  await time.advance(25_000);
  assert.equal(await auth.accessToken(), null);
  assert.equal(events.expired, 1);
});

test('login: authorization code with PKCE S256 and state; the answer is checked', async () => {
  const { auth, storage, events, fetchFn } = setup();
  await auth.login('#/jumin/123');
  const u = new URL(events.navigated[0]);
  assert.equal(u.origin + u.pathname, `${ISSUER}/auth`);
  const q = u.searchParams;
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('client_id'), 'kikan-staff');
  assert.equal(q.get('redirect_uri'), 'http://portal:8080/');
  assert.equal(q.get('code_challenge_method'), 'S256');
  const saved = JSON.parse(storage.getItem('kikan.pkce'));
  const expected = b64url(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(saved.verifier)));
  assert.equal(q.get('code_challenge'), expected);
  assert.equal(q.get('state'), saved.state);

  await assert.rejects(auth.completeLogin('?code=abc&state=forged'), /state が一致しません/);
  assert.equal(storage.getItem('kikan.pkce'), null, 'a used or forged answer cannot be replayed');
  assert.equal(await auth.completeLogin(''), null, 'no login answer in the URL');
  await assert.rejects(auth.completeLogin('?error=access_denied&error_description=denied'), /denied/);
  assert.equal(grants(fetchFn).length, 0);
});

test('the code exchange sends the verifier', async () => {
  const { fetchFn, storage } = await loggedIn();
  const exchange = new URLSearchParams(fetchFn.calls.find((c) => c.url === TOKEN_URL).body);
  assert.equal(exchange.get('grant_type'), 'authorization_code');
  assert.equal(exchange.get('code'), 'abc');
  assert.equal(exchange.get('redirect_uri'), 'http://portal:8080/');
  assert.ok(exchange.get('code_verifier').length >= 43);
  assert.equal(JSON.parse(storage.getItem('kikan.session')).refresh_token, 'refresh-1');
});

test('a session stored with only an access token lives until its exp, without refresh', async () => {
  const time = fakeTime();
  const exp = Math.floor(time.now() / 1000) + 120;
  const storage = memoryStorage({ 'kikan.session': JSON.stringify({ access_token: jwt({ exp, iat: exp - 300, preferred_username: 'clerk', lg_code: '999997' }) }) });
  const auth = createAuth({ issuer: ISSUER, clientId: 'kikan-staff', redirectUri: 'http://p/', storage, fetchFn: scriptedFetch(() => assert.fail()), navigate: () => {}, now: time.now, timers: time.timers });
  auth.start();
  assert.deepEqual(time.due(), []);
  assert.equal(auth.claims().preferred_username, 'clerk');
  assert.ok(await auth.accessToken());
  await time.advance(121_000);
  assert.equal(await auth.accessToken(), null);
  assert.equal(auth.session(), null);
});

test('logout ends the session at the provider and here', async () => {
  const { auth, events, storage, time } = await loggedIn();
  await auth.logout();
  await settle();
  const u = new URL(events.navigated.at(-1));
  assert.equal(u.origin + u.pathname, `${ISSUER}/logout`);
  assert.equal(u.searchParams.get('id_token_hint'), 'id-1');
  assert.equal(u.searchParams.get('post_logout_redirect_uri'), 'http://portal:8080/');
  assert.equal(storage.getItem('kikan.session'), null);
  assert.deepEqual(time.due(), []);
});
