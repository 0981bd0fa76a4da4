// A small YAML reader for the subset the standard-specs files use, with no dependencies:
//   block mappings and sequences (indentation), `- key: value` items, flow collections on one line
//   ({a: b, c: [d, e]}), plain / "double" / 'single' quoted scalars, folded (>, >-) and literal
//   (|, |-) block scalars, and # comments. Plain scalars that look like integers, floats, true/false
//   or null become those values; everything else stays a string ("0" quoted stays "0").
// Anything else (anchors, aliases, tags, several documents, multi-line flow collections or plain
// scalars) is refused with the file and line, so a change to the files cannot be misread silently.

export class YamlError extends Error {}

/** Removes a comment: `#` at the start or after whitespace, outside quotes. */
function stripComment(s) {
  let quote = null;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i += 1;
        else quote = null;
      } else if (c === '\\' && quote === '"') i += 1;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s,[{:]/.test(s[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) {
      return s.slice(0, i).trimEnd();
    }
  }
  return s.trimEnd();
}

function plain(s) {
  const v = s.trim();
  if (/^[-+]?\d+$/.test(v)) return Number(v);
  if (/^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(v)) return Number(v);
  if (v === 'true' || v === 'True') return true;
  if (v === 'false' || v === 'False') return false;
  if (v === '' || v === '~' || v === 'null' || v === 'Null') return null;
  return v;
}

export function parseYaml(text, name = 'yaml') {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  const fail = (msg, no = i + 1) => { throw new YamlError(`${name}:${no}: ${msg}`); };

  /** The next line with content: { indent, body (comment removed), no }, or null. */
  function peek() {
    while (i < lines.length) {
      const raw = lines[i];
      if (/\t/.test(raw.match(/^\s*/)[0])) fail('tab in indentation');
      const body = stripComment(raw);
      if (body.trim() === '') { i += 1; continue; }
      if (/^(---|\.\.\.)(\s|$)/.test(body)) fail('several documents are not supported');
      const indent = body.match(/^ */)[0].length;
      return { indent, body: body.slice(indent), no: i + 1 };
    }
    return null;
  }

  function flow(s, no) {
    let p = 0;
    const ws = () => { while (p < s.length && /\s/.test(s[p])) p += 1; };
    const quoted = () => {
      const q = s[p];
      let end = p + 1;
      for (; end < s.length; end += 1) {
        if (q === '"' && s[end] === '\\') { end += 1; continue; }
        if (s[end] === q) {
          if (q === "'" && s[end + 1] === "'") { end += 1; continue; }
          break;
        }
      }
      if (end >= s.length) fail('unterminated quoted string', no);
      const raw = s.slice(p, end + 1);
      p = end + 1;
      return q === '"' ? JSON.parse(raw) : raw.slice(1, -1).replace(/''/g, "'");
    };
    const value = (stops) => {
      ws();
      const c = s[p];
      if (c === '{') return map();
      if (c === '[') return seq();
      if (c === '"' || c === "'") return quoted();
      if (c === '&' || c === '*' || c === '!') fail(`anchors, aliases and tags are not supported: ${s.slice(p)}`, no);
      const start = p;
      while (p < s.length && !stops.includes(s[p]) && !(s[p] === ':' && /[\s,\]}]/.test(s[p + 1] || ' ') && stops.includes(':'))) p += 1;
      return plain(s.slice(start, p));
    };
    function map() {
      p += 1;
      const out = {};
      for (;;) {
        ws();
        if (s[p] === '}') { p += 1; return out; }
        const key = s[p] === '"' || s[p] === "'" ? quoted() : String(value([':', ',', '}']));
        ws();
        if (s[p] !== ':') fail(`expected ':' after ${key}`, no);
        p += 1;
        if (Object.hasOwn(out, key)) fail(`duplicate key ${key}`, no);
        out[key] = value([',', '}']);
        ws();
        if (s[p] === ',') p += 1;
        else if (s[p] !== '}') fail(`expected ',' or '}' in ${s}`, no);
      }
    }
    function seq() {
      p += 1;
      const out = [];
      for (;;) {
        ws();
        if (s[p] === ']') { p += 1; return out; }
        out.push(value([',', ']']));
        ws();
        if (s[p] === ',') p += 1;
        else if (s[p] !== ']') fail(`expected ',' or ']' in ${s}`, no);
      }
    }
    const v = value([]);
    ws();
    if (p < s.length) fail(`unexpected text after the value: ${s.slice(p)}`, no);
    return v;
  }

  /** A folded (>) or literal (|) scalar: the more-indented lines after line i-1. */
  function blockScalar(style, parentIndent) {
    const out = [];
    let indent = null;
    while (i < lines.length) {
      const raw = lines[i];
      if (raw.trim() === '') { out.push(''); i += 1; continue; }
      const ind = raw.match(/^ */)[0].length;
      if (ind <= parentIndent) break;
      if (indent === null) indent = ind;
      if (ind < indent) fail('less indented line in a block scalar');
      out.push(raw.slice(indent));
      i += 1;
    }
    while (out.length && out[out.length - 1] === '') out.pop();
    const keep = style.endsWith('-') ? '' : '\n';
    if (style[0] === '|') return out.join('\n') + keep;
    let s = '';
    out.forEach((l, n) => {
      if (n === 0) s = l;
      else if (l === '') s += '\n';
      else s += s.endsWith('\n') ? l : ` ${l}`;
    });
    return s + keep;
  }

  /** The value after `key:` or `- ` on the line just consumed (text is what followed it). */
  function inlineValue(text, indent, no) {
    const t = text.trim();
    if (t === '') {
      const next = peek();
      if (!next || next.indent < indent) return null;
      if (next.indent === indent) return next.body.startsWith('- ') || next.body === '-' ? sequence(indent) : null;
      return block(next.indent);
    }
    if (/^[>|][-+]?$/.test(t)) return blockScalar(t, indent);
    if (/^[&*!]/.test(t)) fail('anchors, aliases and tags are not supported', no);
    const v = /^["'[{]/.test(t) ? flow(t, no) : plain(t);
    const next = peek();
    if (next && next.indent > indent) fail('a value continues on a more indented line (multi-line plain scalars are not supported)', next.no);
    return v;
  }

  function mapping(indent) {
    const out = {};
    for (;;) {
      const l = peek();
      if (!l || l.indent < indent) return out;
      if (l.indent > indent) fail('unexpected indentation', l.no);
      if (l.body.startsWith('- ')) return out; // a sequence at the same indentation ends the mapping
      const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],&*!|>-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+(.*))?$/.exec(l.body);
      if (!m) fail(`expected "key: value": ${l.body}`, l.no);
      const key = /^["']/.test(m[1]) ? flow(m[1], l.no) : m[1];
      if (Object.hasOwn(out, key)) fail(`duplicate key ${key}`, l.no);
      i += 1;
      out[key] = inlineValue(m[2] || '', indent, l.no);
    }
  }

  function sequence(indent) {
    const out = [];
    for (;;) {
      const l = peek();
      if (!l || l.indent < indent || !(l.body.startsWith('- ') || l.body === '-')) return out;
      if (l.indent > indent) fail('unexpected indentation', l.no);
      const rest = l.body === '-' ? '' : l.body.slice(2);
      if (/^[^\s"'{[][^:]*?\s*:(\s|$)/.test(rest) || /^("[^"]*"|'[^']*')\s*:(\s|$)/.test(rest)) {
        // `- key: value` starts a mapping indented past the dash
        lines[i] = ' '.repeat(indent + 2) + rest;
        out.push(mapping(indent + 2));
      } else {
        i += 1;
        out.push(inlineValue(rest, indent + 1, l.no));
      }
    }
  }

  function block(indent) {
    const l = peek();
    return l.body.startsWith('- ') || l.body === '-' ? sequence(indent) : mapping(indent);
  }

  const first = peek();
  if (!first) return null;
  if (first.indent !== 0) fail('the document must start at column 1', first.no);
  const doc = block(0);
  const rest = peek();
  if (rest) fail(`unexpected content: ${rest.body}`, rest.no);
  return doc;
}
