// A request body built from form controls named by their contract path (`shunyu.kyuyo_shunyu`,
// `fuyo_shinzoku[0].seinengappi`). The same path is the field a service names in problem+json
// errors[].field, so an error finds its control without any mapping table.

import { kingakuMessage, parseKingaku } from './kingaku.js';

/** 'fuyo_shinzoku[0].seinengappi' → ['fuyo_shinzoku', 0, 'seinengappi']; throws on a malformed path. */
export function parsePath(path) {
  const parts = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|(\.)/gy;
  let m;
  let expectName = true;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    if (m[1] !== undefined) {
      if (!expectName) throw new Error(`不正なパス: ${path}`);
      parts.push(m[1]);
      expectName = false;
    } else if (m[2] !== undefined) {
      if (expectName) throw new Error(`不正なパス: ${path}`);
      parts.push(Number(m[2]));
    } else {
      if (expectName) throw new Error(`不正なパス: ${path}`);
      expectName = true;
    }
  }
  if (re.lastIndex !== path.length || expectName || parts.length === 0) throw new Error(`不正なパス: ${path}`);
  return parts;
}

/**
 * Sets `value` at `path` in `target`, creating the objects and arrays on the way. An empty object `{}`
 * only makes sure the object exists (a row or a section the clerk opened, even with nothing typed in).
 */
export function setPath(target, path, value) {
  const parts = parsePath(path);
  let o = target;
  parts.forEach((k, i) => {
    const last = i === parts.length - 1;
    if (last) {
      const marker = value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
      if (!(marker && o[k] && typeof o[k] === 'object')) o[k] = value;
      return;
    }
    if (o[k] === undefined || o[k] === null) o[k] = typeof parts[i + 1] === 'number' ? [] : {};
    o = o[k];
  });
  return target;
}

/** The value at `path` in `source`, or undefined. */
export function getPath(source, path) {
  return parsePath(path).reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), source);
}

/**
 * Reads controls into a body and the errors to show before sending.
 * @param {{ path: string, kind: string, value?: string, checked?: boolean, label?: string }[]} controls
 *   kind: 'object' (make sure it exists), 'text' and 'select' (left out when empty), 'check' (true, or
 *   left out), 'int' (a whole number such as 年度), 'kingaku' (yen ≥ 0), 'kingaku-fu' (yen, a loss allowed)
 * @returns {{ body: object, errors: { field: string, message: string }[] }}
 */
export function readControls(controls) {
  const body = {};
  const errors = [];
  for (const c of controls) {
    const label = c.label || c.path;
    if (c.kind === 'object') {
      setPath(body, c.path, {});
    } else if (c.kind === 'check') {
      if (c.checked) setPath(body, c.path, true);
    } else if (c.kind === 'kingaku' || c.kind === 'kingaku-fu') {
      const r = parseKingaku(c.value, { negative: c.kind === 'kingaku-fu' });
      if (r.error) errors.push({ field: c.path, message: kingakuMessage(label, r.error) });
      else if (r.value !== undefined) setPath(body, c.path, r.value);
    } else if (c.kind === 'int') {
      const v = String(c.value ?? '').trim();
      if (/^\d+$/.test(v)) setPath(body, c.path, Number(v));
      else if (v) errors.push({ field: c.path, message: `${label}は数字で入力してください` });
    } else {
      const v = String(c.value ?? '').trim();
      if (v) setPath(body, c.path, v);
    }
  }
  return { body, errors };
}

/**
 * The controls of a form part: every element with data-path (and data-kind, data-label) or
 * data-object-path, in document order, leaving out what lies in a hidden part (a closed 配偶者 section).
 */
export function controlsOf(root) {
  return [...root.querySelectorAll('[data-path], [data-object-path]')]
    .filter((el) => !el.closest('[hidden]'))
    .map((el) => (el.dataset.objectPath
      ? { path: el.dataset.objectPath, kind: 'object' }
      : { path: el.dataset.path, kind: el.dataset.kind || 'text', value: el.value, checked: el.checked, label: el.dataset.label }));
}
