// 介護保険料の年次賦課 (POST /v1/kaigo/nenji-fuka, GET …/{job_id}, …/{job_id}/errors): every 第1号被保険者 of the 年度
// assessed by the service's workers as the single 賦課 assesses one; persons whose income is unknown are listed,
// never assessed as 0.

import { jobView } from '../core/job-screen.js';

export const NENJI_FUKA = {
  service: 'kaigo',
  path: '/v1/kaigo/nenji-fuka',
  route: '#/kaigo/nenji-fuka',
  title: '介護保険料の年次賦課',
  lead: '年度内に資格のある第1号被保険者を、賦課と同じ計算で一括して賦課します。結果が最新の版と同じ人は版を増やしません。所得の分からない人は賦課せず、一覧に載せます。',
  unit: '人',
  counts: [['assessed', '賦課（当初・更正）'], ['unchanged', '変更なし'], ['shotoku_fumei', '所得不明'], ['errors', 'エラー']],
  keyName: 'atenabango',
  keyLabel: '宛名番号',
  errorsNote: '所得不明の人は所得を確かめてから、個別に賦課してください（所得 0 として賦課しません）。',
};

export const nenjiFukaView = (ctx, params) => jobView(ctx, params, NENJI_FUKA);
