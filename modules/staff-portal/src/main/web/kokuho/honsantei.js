// 国民健康保険税（料）の本算定 (POST /v1/kokuho/honsantei, GET …/{job_id}, …/{job_id}/errors): every 国保世帯 of the
// 年度 assessed by the service's workers as the single 賦課 assesses one; households whose income is unknown are
// listed (and in 所得不明世帯), never assessed as 0.

import { jobView } from '../core/job-screen.js';

export const HONSANTEI = {
  service: 'kokuho',
  path: '/v1/kokuho/honsantei',
  route: '#/kokuho/honsantei',
  title: '国保税（料）の本算定',
  lead: '資格の履歴のある者のいる世帯と、その年度に賦課済みの世帯を、賦課と同じ計算で一括して賦課します。結果が最新の版と同じ世帯は版を増やしません。所得の分からない世帯は賦課せず、一覧に載せます。',
  unit: '世帯',
  counts: [['assessed', '賦課（当初・更正）'], ['unchanged', '変更なし'], ['hitaisho', '対象外'], ['shotoku_fumei', '所得不明'], ['errors', 'エラー']],
  keyName: 'setaibango',
  keyLabel: '世帯番号',
  errorsNote: '所得不明の世帯は簡易申告などで所得を確かめてから、個別に賦課してください（所得 0 として賦課しません）。',
};

export const honsanteiView = (ctx, params) => jobView(ctx, params, HONSANTEI);
