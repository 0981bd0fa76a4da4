// アクセスログ (GET /v1/access-log, GET /v1/access-log/verification): who looked up whose 国保 records, when and
// from where, for the auditor (hoken-auditor); and whether the log's hash chain is intact (改ざん検知). The screen is
// core/access-log.js, shared with 介護保険課.

import { accessLogScreen } from '../core/access-log.js';
import { normalizeBango, nichiji } from './format.js';

export { actionLabel, verificationBox } from '../core/access-log.js';

export function accessLogView(ctx) {
  accessLogScreen(ctx, {
    service: 'kokuho', nichiji, normalize: normalizeBango, targetLabel: '対象（宛名番号・世帯番号）',
    lead: '国保の記録を誰が・いつ・どこから照会したかを表示します（新しい順ではなく記録の順）。',
  });
}
