// A 支援措置 refusal (403, code shien-sochi: DV・ストーカー被害者等の支援措置) is shown prominently — a
// banner on top of everything, not just inline — on every department's screens: the clerk must see at
// once that the person is protected, not mistake it for a missing record or a broken screen.

import { h } from './dom.js';
import { problemBox, showProblem } from './forms.js';
import { ApiError } from './problem.js';

export function isShienRefusal(err) {
  return err instanceof ApiError && err.status === 403 && err.code === 'shien-sochi';
}

/** Shows the banner for a 支援措置 refusal; true if it was one. */
export function shienBanner(banner, err) {
  if (!isShienRefusal(err)) return false;
  banner.replaceChildren(
    h('strong', {}, err.title || '支援措置により抑止されています'),
    h('p', { 'data-testid': 'shien-detail' }, err.detail || ''),
    h('button', { type: 'button', class: 'secondary', onclick: () => { banner.hidden = true; } }, '閉じる'));
  banner.hidden = false;
  banner.scrollIntoView({ block: 'start' });
  return true;
}

const extraClass = (err) => (isShienRefusal(err) ? 'alert-shien' : '');

/** The error as a box, in the 支援措置 colours when it is such a refusal. */
export function shienProblemBox(err) {
  return problemBox(err, { extraClass: extraClass(err) });
}

/** A form's problem display that also raises the 支援措置 banner. */
export function formProblem(banner) {
  return (form, err, options = {}) => {
    showProblem(form, err, { ...options, extraClass: extraClass(err) });
    shienBanner(banner, err);
  };
}

/** The whole screen is the error (the person could not be read). */
export function fail(ctx, err) {
  shienBanner(ctx.banner, err);
  ctx.show(shienProblemBox(err));
}
