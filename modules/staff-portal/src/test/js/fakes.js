// Test doubles for what the browser provides: a clock with timers, storage, and fetch.

/** A clock whose timers fire only when the test advances time. */
export function fakeTime(start = 1_700_000_000_000) {
  let now = start;
  let seq = 0;
  const pending = new Map(); // id → { at, fn }
  return {
    now: () => now,
    timers: {
      set: (fn, ms) => { seq += 1; pending.set(seq, { at: now + Math.max(0, ms), fn }); return seq; },
      clear: (id) => { pending.delete(id); },
    },
    /** The times (ms from now) at which timers are due. */
    due: () => [...pending.values()].map((t) => t.at - now).sort((a, b) => a - b),
    /** Moves the clock without running timers (a background tab whose timers were throttled). */
    jump(ms) { now += ms; },
    /** Moves the clock forward, running the timers that come due (in order), then lets promises settle. */
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > until) break;
        pending.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

export async function settle() {
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
}

export function memoryStorage(initial = {}) {
  const m = new Map(Object.entries(initial));
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => { m.set(k, String(v)); },
    removeItem: (k) => { m.delete(k); },
    get size() { return m.size; },
  };
}

/** fetch that answers from a list of handlers and records each call. */
export function scriptedFetch(handler) {
  const calls = [];
  const fn = async (url, init = {}) => {
    const call = { url: String(url), init, headers: init.headers || {}, body: init.body };
    calls.push(call);
    return handler(call, calls.length);
  };
  fn.calls = calls;
  return fn;
}

export function json(status, body, contentType = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** An unsigned JWT with the given claims (the screens only read claims). */
export function jwt(claims) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none' })}.${b64(claims)}.`;
}
