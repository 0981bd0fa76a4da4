// One API client per service (config.services.<name>.baseUrl), all with the same login.
// Every request carries the bearer token; error answers become ApiError (problem+json parsed);
// commands carry an Idempotency-Key that a retry after a 5xx, network error or time-out reuses.

import { ApiError, networkError, parseProblem, timeoutError, unauthenticatedError } from './problem.js';

const JSON_ACCEPT = 'application/json, application/problem+json';

/**
 * @param {object} o
 * @param {string} o.name         service name (as in config.json)
 * @param {string} o.baseUrl      e.g. http://localhost:8081 (a path prefix is kept)
 * @param {{ accessToken(): Promise<string|null>, refresh(): Promise<boolean>, expired(): void }} o.auth
 * @param {number} [o.timeoutMs]  per attempt
 * @param {number} [o.retries]    automatic resends of a safe request (GET, or a command with its key)
 */
export function createClient({ name, baseUrl, auth, fetchFn = (...a) => globalThis.fetch(...a),
  timeoutMs = 30_000, retries = 1, retryDelayMs = 800, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }) {
  if (!baseUrl) throw new Error(`サービス ${name} の baseUrl が設定されていません`);
  const base = baseUrl.replace(/\/+$/, '');

  /** One HTTP exchange; resolves to the Response, rejects with ApiError. */
  async function attempt(url, init, timeout) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeout);
    try {
      const r = await fetchFn(url, { ...init, signal: controller.signal });
      if (r.ok) return r;
      throw parseProblem(r.status, r.headers.get('Content-Type'), await r.text().catch(() => ''), name);
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw timedOut ? timeoutError(name, timeout) : networkError(name);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * @param {string} path  e.g. /v1/jumin?kana=…
   * @param {{ method?: string, body?: any, headers?: object, accept?: string, raw?: boolean,
   *           idempotencyKey?: string, timeoutMs?: number }} [options]
   *   raw: resolve to the Response (for PDFs); otherwise to the parsed JSON (null for 204).
   */
  async function request(path, { method = 'GET', body, headers = {}, accept = JSON_ACCEPT, raw = false,
    idempotencyKey, timeoutMs: timeout = timeoutMs } = {}) {
    const safe = method === 'GET' || Boolean(idempotencyKey);
    let refreshed = false;
    for (let n = 0; ; n += 1) {
      const token = await auth.accessToken();
      if (!token) {
        auth.expired();
        throw unauthenticatedError(name);
      }
      const init = { method, headers: { Accept: accept, ...headers, Authorization: `Bearer ${token}` } };
      if (idempotencyKey) init.headers['Idempotency-Key'] = idempotencyKey;
      if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      try {
        const r = await attempt(base + path, init, timeout);
        if (raw) return r;
        return r.status === 204 ? null : r.json();
      } catch (e) {
        if (e.status === 401 && !refreshed) {
          // the token may have been revoked or expired in flight: one refresh, then the same request
          refreshed = true;
          if (await auth.refresh()) { n -= 1; continue; }
        }
        if (e.status === 401) {
          auth.expired();
          throw unauthenticatedError(name);
        }
        if (!(safe && e.indeterminate && n < retries)) throw e;
        await sleep(retryDelayMs * (n + 1));
      }
    }
  }

  /**
   * Sends a command (POST, or options.method: PUT) as part of a user submission: the submission gives the
   * Idempotency-Key (the same one again while the outcome is unknown) and learns the outcome.
   */
  async function command(submission, path, body, options = {}) {
    const idempotencyKey = submission.keyFor(body);
    try {
      const r = await request(path, { ...options, method: options.method || 'POST', body, idempotencyKey });
      submission.settle(null);
      return r;
    } catch (e) {
      submission.settle(e);
      throw e;
    }
  }

  return {
    name,
    baseUrl: base,
    request,
    command,
    get: (path, options) => request(path, { ...options, method: 'GET' }),
    post: (path, body, options) => request(path, { ...options, method: 'POST', body }),
  };
}

/** A client per configured service: { jumin: client, … }. */
export function createClients(services, auth, options = {}) {
  return Object.fromEntries(Object.entries(services || {})
    .filter(([, s]) => s && s.baseUrl)
    .map(([name, s]) => [name, createClient({ ...options, name, baseUrl: s.baseUrl, auth })]));
}
