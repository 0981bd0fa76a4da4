// A small DOM for rendering screens in node --test (no npm dependencies): elements, text, attributes, events
// that bubble, forms' elements and values, and querySelector for the selectors the screens use (tag, #id, .class,
// [attr], [attr="v"], :checked, descendant and comma). Not a browser: enough to render a view and read what it shows.

class Node {
  constructor() { this.parentNode = null; this.childNodes = []; }
  get parentElement() { return this.parentNode instanceof Element ? this.parentNode : null; }
  get firstChild() { return this.childNodes[0] || null; }
  get lastChild() { return this.childNodes.at(-1) || null; }
  remove() {
    if (this.parentNode) this.parentNode.childNodes = this.parentNode.childNodes.filter((c) => c !== this);
    this.parentNode = null;
  }
  replaceWith(...nodes) {
    const p = this.parentNode;
    if (!p) return;
    const at = p.childNodes.indexOf(this);
    const list = nodes.map(asNode);
    list.forEach((n) => { n.remove(); n.parentNode = p; });
    p.childNodes.splice(p.childNodes.indexOf(this), 1, ...list);
    this.parentNode = null;
    void at;
  }
}

class Text extends Node {
  constructor(data) { super(); this.data = String(data); }
  get textContent() { return this.data; }
  set textContent(v) { this.data = String(v); }
}

const asNode = (c) => (c instanceof Node ? c : new Text(c));

const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class Element extends Node {
  constructor(tag) {
    super();
    this.tagName = tag.toUpperCase();
    this.attrs = new Map();
    this.listeners = {};
    this.props = {};
    const el = this;
    this.dataset = new Proxy({}, {
      get: (_, k) => el.getAttribute(`data-${kebab(String(k))}`) ?? undefined,
      set: (_, k, v) => { el.setAttribute(`data-${kebab(String(k))}`, v); return true; },
    });
  }
  get localName() { return this.tagName.toLowerCase(); }
  setAttribute(k, v) { this.attrs.set(k, String(v)); }
  getAttribute(k) { return this.attrs.has(k) ? this.attrs.get(k) : null; }
  hasAttribute(k) { return this.attrs.has(k); }
  removeAttribute(k) { this.attrs.delete(k); }
  get className() { return this.getAttribute('class') || ''; }
  set className(v) { this.setAttribute('class', v); }
  get classList() { return { contains: (c) => this.className.split(/\s+/).includes(c) }; }
  get id() { return this.getAttribute('id') || ''; }
  set id(v) { this.setAttribute('id', v); }
  get name() { return this.getAttribute('name') || ''; }
  set name(v) { this.setAttribute('name', v); }
  get type() { return this.getAttribute('type') || (this.localName === 'button' ? 'submit' : 'text'); }
  get hidden() { return this.hasAttribute('hidden'); }
  set hidden(v) { if (v) this.setAttribute('hidden', ''); else this.removeAttribute('hidden'); }
  get disabled() { return this.hasAttribute('disabled'); }
  set disabled(v) { if (v) this.setAttribute('disabled', ''); else this.removeAttribute('disabled'); }
  get checked() { return 'checked' in this.props ? this.props.checked : this.hasAttribute('checked'); }
  set checked(v) {
    this.props.checked = Boolean(v);
    if (v && this.type === 'radio' && this.name) {
      let root = this;
      while (root.parentNode) root = root.parentNode;
      root.querySelectorAll(`input[name="${this.name}"]`).forEach((r) => { if (r !== this) r.props.checked = false; });
    }
  }
  get value() {
    if (this.localName === 'select') {
      const opts = this.querySelectorAll('option');
      const o = opts.find((x) => x.selected) || opts[0];
      return o ? o.value : '';
    }
    if (this.localName === 'option') return this.getAttribute('value') ?? this.textContent;
    if (this.localName === 'textarea') return 'value' in this.props ? this.props.value : this.textContent;
    return 'value' in this.props ? this.props.value : (this.getAttribute('value') ?? '');
  }
  set value(v) {
    if (this.localName === 'select') this.querySelectorAll('option').forEach((o) => { o.selected = o.value === String(v); });
    else this.props.value = String(v);
  }
  get selected() { return 'selected' in this.props ? this.props.selected : this.hasAttribute('selected'); }
  set selected(v) { this.props.selected = Boolean(v); }
  get tabIndex() { return Number(this.getAttribute('tabindex') ?? -1); }
  set tabIndex(v) { this.setAttribute('tabindex', v); }
  get children() { return this.childNodes.filter((c) => c instanceof Element); }
  get rows() { return this.children.filter((c) => c.localName === 'tr'); }
  get textContent() { return this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(v) { this.replaceChildren(String(v ?? '')); }
  append(...cs) { for (const c of cs.map(asNode)) { c.remove(); c.parentNode = this; this.childNodes.push(c); } }
  appendChild(c) { this.append(c); return c; }
  prepend(...cs) { const list = cs.map(asNode); list.forEach((c) => { c.remove(); c.parentNode = this; }); this.childNodes.unshift(...list); }
  replaceChildren(...cs) { this.childNodes.forEach((c) => { c.parentNode = null; }); this.childNodes = []; this.append(...cs); }
  addEventListener(type, fn) { (this.listeners[type] ||= []).push(fn); }
  dispatchEvent(ev) {
    ev.target ||= this;
    for (let n = this; n && !ev.stopped; n = n.parentNode) for (const fn of n.listeners?.[ev.type] || []) fn.call(n, ev);
    return !ev.defaultPrevented;
  }
  click() {
    this.dispatchEvent(event('click'));
    const form = this.closest('form');
    if (this.localName === 'button' && this.type === 'submit' && form && !this.disabled) form.dispatchEvent(event('submit'));
  }
  focus() { Element.focused = this; }
  scrollIntoView() {}
  get elements() {
    const controls = this.querySelectorAll('input, select, textarea, button');
    return new Proxy({}, { get: (_, k) => controls.find((c) => c.name === k || c.id === k) });
  }
  matches(sel) { return parse(sel).some((chain) => matchChain(this, chain)); }
  closest(sel) { for (let n = this; n instanceof Element; n = n.parentNode) if (n.matches(sel)) return n; return null; }
  querySelectorAll(sel) {
    const chains = parse(sel);
    const out = [];
    const walk = (n) => { for (const c of n.children) { if (chains.some((ch) => matchChain(c, ch))) out.push(c); walk(c); } };
    walk(this);
    return out;
  }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
}

function event(type) {
  return { type, target: null, defaultPrevented: false, stopped: false, preventDefault() { this.defaultPrevented = true; }, stopPropagation() { this.stopped = true; } };
}

/** 'a b, c' → [[compound a, compound b], [compound c]]; a compound is { tag, id, classes, attrs, checked }. */
function parse(sel) {
  return splitTop(sel, ',').map((group) => splitTop(group.trim(), ' ').filter(Boolean).map(compound));
}

function splitTop(s, sep) {
  const out = [];
  let cur = '';
  let depth = 0;
  let quote = null;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i];
    if (ch === '\\') { cur += ch + s[i + 1]; i += 1; continue; }
    if (quote) { if (ch === quote) quote = null; cur += ch; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === '[') depth += 1;
    if (ch === ']') depth -= 1;
    if (ch === sep && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function compound(s) {
  const c = { tag: null, id: null, classes: [], attrs: [], checked: false };
  const re = /^([a-zA-Z][a-zA-Z0-9-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:=("(?:\\.|[^"])*"|'(?:\\.|[^'])*'|[^\]]*))?\]|(:checked)/y;
  let m;
  while (re.lastIndex < s.length && (m = re.exec(s))) {
    if (m[1]) c.tag = m[1].toUpperCase();
    else if (m[2]) c.id = m[2];
    else if (m[3]) c.classes.push(m[3]);
    else if (m[4]) c.attrs.push([m[4], m[5] === undefined ? undefined : m[5].replace(/^["']|["']$/g, '').replace(/\\(.)/g, '$1')]);
    else if (m[6]) c.checked = true;
  }
  if (re.lastIndex !== s.length) throw new Error(`mini-dom: selector not supported: ${s}`);
  return c;
}

function matchOne(el, c) {
  if (c.tag && el.tagName !== c.tag) return false;
  if (c.id && el.id !== c.id) return false;
  if (c.classes.some((k) => !el.classList.contains(k))) return false;
  if (c.attrs.some(([k, v]) => !el.hasAttribute(k) || (v !== undefined && el.getAttribute(k) !== v))) return false;
  if (c.checked && !el.checked) return false;
  return true;
}

function matchChain(el, chain) {
  if (!matchOne(el, chain.at(-1))) return false;
  let i = chain.length - 2;
  for (let n = el.parentNode; n instanceof Element && i >= 0; n = n.parentNode) if (matchOne(n, chain[i])) i -= 1;
  return i < 0;
}

/** Puts document, Node, CSS and location on globalThis; returns the page's main element. */
export function installDom() {
  const body = new Element('body');
  globalThis.Node = Node;
  globalThis.document = {
    createElement: (t) => new Element(t),
    createTextNode: (t) => new Text(t),
    body,
    get activeElement() { return Element.focused || body; },
  };
  globalThis.CSS = { escape: (s) => String(s).replace(/[^\w-]/g, (ch) => `\\${ch}`) };
  globalThis.location = { hash: '' };
  return body;
}

/** The text of a node with whitespace runs collapsed (what a reader sees, near enough). */
export function text(node) {
  return (node?.textContent || '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** A ctx as main.js gives a view: main, banner, show, the clients and the login's claims. */
export function viewContext(clients, claims = { preferred_username: 'hoken1', lg_code: '999997', realm_access: { roles: ['hoken-clerk'] } }) {
  const main = document.createElement('main');
  const banner = document.createElement('div');
  banner.hidden = true;
  return {
    main, banner, clients, auth: { claims: () => claims },
    show: (...c) => main.replaceChildren(...c.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false)),
  };
}
