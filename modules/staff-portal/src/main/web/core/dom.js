// Small DOM helpers. Children are nodes or text: text is never parsed as HTML.

/** Creates an element: attributes (on* functions become listeners, true → empty attribute) and children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  el.append(...nodes(children).map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  return el;
}

/** Flattens and drops undefined/null/false (a DOM append would print them as the text "null"). */
export function nodes(list) {
  return [list].flat(Infinity).filter((n) => n !== undefined && n !== null && n !== false);
}

/** Replaces the content of `container` with `children`. */
export function show(container, ...children) {
  container.replaceChildren(...nodes(children));
}
