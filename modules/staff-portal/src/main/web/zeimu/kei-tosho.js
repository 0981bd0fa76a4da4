// 軽自動車税（種別割）の当初賦課 (POST /v1/keijidoshazei/tosho-fuka, GET …/{job_id}, …/{job_id}/errors): every owner of
// a vehicle on the 賦課期日 (4月1日) assessed by the service's workers; those already assessed are left alone.

import { jobView } from '../core/job-screen.js';

export const KEI_TOSHO = {
  service: 'zeimu',
  path: '/v1/keijidoshazei/tosho-fuka',
  route: '#/zeimu/kei/tosho-fuka',
  title: '軽自動車税の当初賦課',
  lead: '賦課期日（4月1日）に廃車でない車両を所有していた納税義務者全員を賦課します。その年度に賦課済みの納税義務者はそのままです（更正は理由とともに個別に）。',
  unit: '人',
  counts: [['assessed', '賦課'], ['skipped', '賦課済み'], ['errors', 'エラー']],
  keyName: 'atenabango',
  keyLabel: '宛名番号',
  errorsNote: '納税義務者として記録されていない所有者は、住登外者として登録してから個別に賦課してください。',
};

export const keiToshoView = (ctx, params) => jobView(ctx, params, KEI_TOSHO);
