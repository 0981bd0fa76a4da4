// Errors on 住民課 screens: a 支援措置 refusal is shown prominently (a banner on top of everything),
// not just inline.

import { problemBox, showProblem } from '../core/forms.js';
import { ApiError } from '../core/problem.js';
import { h } from '../core/dom.js';

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

export function juminProblemBox(err) {
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
  ctx.show(juminProblemBox(err));
}
