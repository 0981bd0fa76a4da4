// Login for every service with one token: OIDC authorization code flow with PKCE (S256), silent
// refresh with the refresh token before the access token expires, and logout at the provider.
// Tokens live in sessionStorage (this tab only). Everything the browser provides (storage, fetch,
// clock, timers, crypto, navigation) is passed in, so the timing can be tested without a browser.

const SESSION_KEY = 'kikan.session';
const PKCE_KEY = 'kikan.pkce';

export function b64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The payload of a JWT, or null (the signature is the services' business, not the screen's). */
export function decodeJwt(token) {
  try {
    const p = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(p.padEnd(Math.ceil(p.length / 4) * 4, '='));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

/** A stored session from a token endpoint answer received at `now` (ms). */
export function sessionFromTokens(t, now) {
  return {
    access_token: t.access_token,
    refresh_token: t.refresh_token || null,
    id_token: t.id_token || null,
    issued_at: now,
    expires_at: now + (Number(t.expires_in) || 300) * 1000,
  };
}

/** Fills issued_at/expires_at from the token's iat/exp when a session was stored without them. */
export function normalizeSession(s) {
  if (!s || !s.access_token) return null;
  if (s.expires_at && s.issued_at) return s;
  const c = decodeJwt(s.access_token) || {};
  const exp = c.exp ? c.exp * 1000 : 0;
  return { refresh_token: null, id_token: null, ...s, expires_at: s.expires_at || exp, issued_at: s.issued_at || (c.iat ? c.iat * 1000 : exp - 300_000) };
}

/** How long before expiry to refresh: a quarter of the token's lifetime, at most one minute. */
export function refreshLeadMs(s) {
  return Math.min(60_000, Math.max(1_000, (s.expires_at - s.issued_at) / 4));
}

/** Milliseconds from `now` until the refresh is due (0 = now). */
export function refreshDelay(s, now) {
  return Math.max(0, s.expires_at - refreshLeadMs(s) - now);
}

export function createAuth({
  issuer, clientId, redirectUri, storage, fetchFn, navigate, now = () => Date.now(),
  timers = { set: (f, ms) => setTimeout(f, ms), clear: (t) => clearTimeout(t) },
  crypto = globalThis.crypto, onChange = () => {}, onExpired = () => {}, retryMs = 10_000,
}) {
  const base = issuer.replace(/\/+$/, '');
  let meta = null;
  let timer = null;
  let inflight = null;

  const read = (key) => { try { return JSON.parse(storage.getItem(key) || 'null'); } catch { return null; } };
  const write = (key, v) => (v === null ? storage.removeItem(key) : storage.setItem(key, JSON.stringify(v)));

  async function discover() {
    if (meta) return meta;
    try {
      const r = await fetchFn(`${base}/.well-known/openid-configuration`);
      if (r.ok) meta = await r.json();
    } catch {
      // Keycloak's well-known paths below
    }
    meta = meta || {
      authorization_endpoint: `${base}/protocol/openid-connect/auth`,
      token_endpoint: `${base}/protocol/openid-connect/token`,
      end_session_endpoint: `${base}/protocol/openid-connect/logout`,
    };
    return meta;
  }

  function session() {
    const s = normalizeSession(read(SESSION_KEY));
    if (!s) return null;
    if (s.expires_at <= now() && !s.refresh_token) {
      write(SESSION_KEY, null);
      return null;
    }
    return s;
  }

  function store(s) {
    write(SESSION_KEY, s);
    schedule();
    onChange(s);
  }

  function schedule(delay) {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const s = session();
    if (!s || !s.refresh_token) return;
    timer = timers.set(() => { timer = null; refresh(); }, delay ?? refreshDelay(s, now()));
  }

  /** The session ended (refresh refused, or a service said 401 twice): forget it and say so. */
  function expired() {
    if (timer !== null) timers.clear(timer);
    timer = null;
    const had = read(SESSION_KEY) !== null;
    write(SESSION_KEY, null);
    if (had) onExpired();
  }

  /** Gets new tokens with the refresh token; resolves true if the session goes on. */
  function refresh() {
    if (inflight) return inflight;
    inflight = (async () => {
      const s = session();
      if (!s || !s.refresh_token) return false;
      const m = await discover();
      let r;
      try {
        r = await fetchFn(m.token_endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: s.refresh_token, client_id: clientId }),
        });
      } catch {
        r = null;
      }
      if (r && r.ok) {
        const t = await r.json();
        store({ ...sessionFromTokens(t, now()), id_token: t.id_token || s.id_token, refresh_token: t.refresh_token || s.refresh_token });
        return true;
      }
      if (r && r.status >= 400 && r.status < 500) {
        expired(); // invalid_grant: the login session at the provider is over
        return false;
      }
      // provider unreachable or failing: keep the token while it is valid and try again soon
      if (s.expires_at > now()) schedule(Math.min(retryMs, s.expires_at - now()));
      else expired();
      return false;
    })().finally(() => { inflight = null; });
    return inflight;
  }

  /** A valid access token (refreshed first when it is due), or null when there is no login. */
  async function accessToken() {
    let s = session();
    if (!s) return null;
    if (s.refresh_token && refreshDelay(s, now()) === 0) {
      await refresh();
      s = session();
    }
    return s && s.expires_at > now() ? s.access_token : null;
  }

  async function login(returnTo = '') {
    const m = await discover();
    const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
    write(PKCE_KEY, { verifier, state, returnTo });
    const u = new URL(m.authorization_endpoint);
    u.search = new URLSearchParams({
      response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: 'openid',
      state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: 'ja',
    }).toString();
    navigate(u.href);
  }

  /**
   * Back from the provider with ?code=…&state=… (from `search`): exchanges the code for tokens.
   * Resolves to the hash to return to, or null when this was no login answer; throws on an error.
   */
  async function completeLogin(search) {
    const q = new URLSearchParams(search);
    if (!q.has('code') && !q.has('error')) return null;
    const saved = read(PKCE_KEY);
    write(PKCE_KEY, null);
    if (q.has('error')) throw new Error(`ログインできませんでした（${q.get('error_description') || q.get('error')}）`);
    if (!saved || saved.state !== q.get('state')) throw new Error('ログインの応答が不正です（state が一致しません）。もう一度ログインしてください。');
    const m = await discover();
    const r = await fetchFn(m.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: q.get('code'), redirect_uri: redirectUri,
        client_id: clientId, code_verifier: saved.verifier,
      }),
    });
    if (!r.ok) throw new Error(`ログインできませんでした（トークンを取得できません: HTTP ${r.status}）`);
    store(sessionFromTokens(await r.json(), now()));
    return saved.returnTo || '';
  }

  /** Ends the session here and at the provider (which then sends the browser back to redirectUri). */
  async function logout() {
    const s = read(SESSION_KEY);
    if (timer !== null) timers.clear(timer);
    timer = null;
    write(SESSION_KEY, null);
    const m = await discover();
    if (s?.id_token && m.end_session_endpoint) {
      const u = new URL(m.end_session_endpoint);
      u.search = new URLSearchParams({ id_token_hint: s.id_token, post_logout_redirect_uri: redirectUri, client_id: clientId }).toString();
      navigate(u.href);
      return;
    }
    onChange(null);
  }

  return {
    login,
    completeLogin,
    logout,
    refresh,
    accessToken,
    expired,
    session,
    /** Starts the refresh timer for a session stored earlier (page reload). */
    start: () => schedule(),
    /** The claims of the current access token ({} without login). */
    claims: () => decodeJwt(session()?.access_token || '') || {},
  };
}
