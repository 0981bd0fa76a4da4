// アクセスログ (GET /v1/access-log, GET /v1/access-log/verification): who looked up whose 介護保険 records (資格, 保険料,
// 負担割合, 認定), when and from where, for the auditor (kaigo-auditor); and whether the log's hash chain is intact. The
// screen is core/access-log.js, shared with 保険年金課.

import { accessLogScreen } from '../core/access-log.js';
import { nichiji, normalizeBango } from './format.js';

export function accessLogView(ctx) {
  accessLogScreen(ctx, {
    service: 'kaigo', nichiji, normalize: normalizeBango, targetLabel: '対象（宛名番号）',
    lead: '介護保険の記録（資格・保険料・負担割合・要介護認定）を誰が・いつ・どこから照会・記録したかを表示します（新しい順ではなく記録の順）。',
  });
}
