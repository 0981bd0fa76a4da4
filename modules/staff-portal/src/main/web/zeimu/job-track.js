// A running job's progress on a screen (個人住民税 and 固定資産税の当初賦課): shown, then read again every 2 seconds
// while the job runs and the screen is still shown; a newer job shown in the same place stops the older one's polling;
// a failed read is retried up to five times with the reason on the card.

import { isUnauthenticated } from '../core/problem.js';
import { isDone } from './ikkatsu.js';

export const POLL_MS = 2000;

/** @param spec { service: the client (default zeimu), path: the job's GET path without the id, card(progress, note) → the card to show } */
export function trackJob(ctx, box, first, spec) {
  const token = {};
  box.dataset.tracking = '';
  box.tracking = token;
  let failures = 0;
  const render = (p, note) => box.replaceChildren(spec.card(p, note));
  const poll = (p) => {
    if (isDone(p) || !box.isConnected || box.tracking !== token) return;
    setTimeout(async () => {
      if (!box.isConnected || box.tracking !== token) return;
      try {
        const next = await ctx.clients[spec.service || 'zeimu'].get(`${spec.path}/${encodeURIComponent(p.job_id)}`);
        failures = 0;
        if (box.tracking === token) render(next);
        poll(next);
      } catch (e) {
        if (isUnauthenticated(e)) return;
        failures += 1;
        if (box.tracking === token) render(p, `進捗を読めませんでした（${e.title || e.message}）。${failures < 5 ? '再試行します。' : '画面を開き直してください。'}`);
        if (failures < 5) poll(p);
      }
    }, POLL_MS);
  };
  render(first);
  poll(first);
}
