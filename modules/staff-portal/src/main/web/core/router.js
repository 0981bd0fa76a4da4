// Hash routes (#/jumin/123/tenkyo). A route is a pattern of segments: literals, `:name` parameters
// and an optional last `:name?`, each parameter optionally constrained by a regular expression.

/** '#/jumin/123?x=1' → '/jumin/123' (no hash or '#' → '/'; a trailing slash is dropped). */
export function pathOf(hash) {
  const p = (hash || '').replace(/^#/, '').split('?')[0] || '/';
  const withSlash = p.startsWith('/') ? p : `/${p}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash;
}

function compile(pattern, constraints = {}) {
  const segs = pattern.split('/').filter(Boolean).map((s) => {
    const m = /^:([A-Za-z_][A-Za-z0-9_]*)(\?)?$/.exec(s);
    if (!m) return { literal: s };
    return { param: m[1], optional: Boolean(m[2]), test: constraints[m[1]] };
  });
  segs.forEach((s, i) => {
    if (s.optional && i !== segs.length - 1) throw new Error(`optional parameter must be last: ${pattern}`);
  });
  return (path) => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length > segs.length || parts.length < segs.length - (segs.at(-1)?.optional ? 1 : 0)) return null;
    const params = {};
    for (let i = 0; i < segs.length; i += 1) {
      const s = segs[i];
      if (i >= parts.length) break; // only the optional last one can be missing
      let v;
      try {
        v = decodeURIComponent(parts[i]);
      } catch {
        return null;
      }
      if (s.literal !== undefined) {
        if (s.literal !== v) return null;
      } else {
        if (s.test && !s.test.test(v)) return null;
        params[s.param] = v;
      }
    }
    return params;
  };
}

/**
 * @param {{ pattern: string, params?: Record<string, RegExp>, view: Function, name?: string }[]} routes
 *   the first route that matches wins
 */
export function createRouter(routes) {
  const compiled = routes.map((r) => ({ route: r, match: compile(r.pattern, r.params) }));
  return {
    /** → { route, params } for a path such as '/jumin/123', or null. */
    resolve(path) {
      for (const c of compiled) {
        const params = c.match(path);
        if (params) return { route: c.route, params };
      }
      return null;
    },
  };
}

/** Builds a hash link from segments, encoding each: link('jumin', '123') → '#/jumin/123'. */
export function link(...segments) {
  return `#/${segments.filter((s) => s !== undefined && s !== null && s !== '').map((s) => encodeURIComponent(String(s))).join('/')}`;
}
