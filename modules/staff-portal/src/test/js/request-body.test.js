// Request bodies from controls named by contract paths (core/request-body.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPath, parsePath, readControls, setPath } from '../../main/web/core/request-body.js';

test('paths as the services name fields in errors[].field', () => {
  assert.deepEqual(parsePath('nendo'), ['nendo']);
  assert.deepEqual(parsePath('fuyo_shinzoku[0].seinengappi'), ['fuyo_shinzoku', 0, 'seinengappi']);
  assert.deepEqual(parsePath('shiharai.seimei_hokenryo.shin_ippan'), ['shiharai', 'seimei_hokenryo', 'shin_ippan']);
  assert.deepEqual(parsePath('shunyu.haito[12].shurui'), ['shunyu', 'haito', 12, 'shurui']);
  for (const bad of ['', '.a', 'a.', 'a..b', '[0]', 'a[x]', 'a[0]b', 'a b', 'a.[0]']) assert.throws(() => parsePath(bad), /不正なパス/, bad);
});

test('setPath creates objects and arrays; {} only makes sure an object exists', () => {
  const o = {};
  setPath(o, 'fuyo_shinzoku[0]', {});
  setPath(o, 'fuyo_shinzoku[0].seinengappi', '平成22年5月5日');
  setPath(o, 'fuyo_shinzoku[0]', {});
  setPath(o, 'fuyo_shinzoku[1]', {});
  setPath(o, 'shunyu.kyuyo_shunyu', 3000000);
  assert.deepEqual(o, { fuyo_shinzoku: [{ seinengappi: '平成22年5月5日' }, {}], shunyu: { kyuyo_shunyu: 3000000 } });
  assert.equal(getPath(o, 'fuyo_shinzoku[0].seinengappi'), '平成22年5月5日');
  assert.equal(getPath(o, 'haigusha.seinengappi'), undefined);
  assert.equal(getPath(o, 'fuyo_shinzoku[5].dokyo'), undefined);
});

test('controls → body: empty items left out, checks only when ticked, amounts as numbers, rows kept in place', () => {
  const { body, errors } = readControls([
    { path: 'nendo', kind: 'int', value: '2025' },
    { path: 'shikuchosonkodo', kind: 'text', value: ' 999997 ' },
    { path: 'honnin.seinengappi', kind: 'text', value: '昭和55年4月1日' },
    { path: 'honnin.shogai_kubun', kind: 'select', value: 'nashi' },
    { path: 'honnin.kafu', kind: 'check', checked: false },
    { path: 'honnin.kinro_gakusei', kind: 'check', checked: true },
    { path: 'shunyu.kyuyo_shunyu', kind: 'kingaku', value: '3,000,000' },
    { path: 'shunyu.jigyo_shotoku', kind: 'kingaku-fu', value: '▲120,000' },
    { path: 'shunyu.fudosan_shotoku', kind: 'kingaku-fu', value: '' },
    { path: 'haigusha', kind: 'object' },
    { path: 'fuyo_shinzoku[0]', kind: 'object' },
    { path: 'fuyo_shinzoku[1]', kind: 'object' },
    { path: 'fuyo_shinzoku[1].seinengappi', kind: 'text', value: 'H22.5.5' },
    { path: 'fuyo_shinzoku[1].dokyo', kind: 'check', checked: true },
    { path: 'jutaku_loan.kubun', kind: 'select', value: '' },
  ]);
  assert.deepEqual(errors, []);
  assert.deepEqual(body, {
    nendo: 2025, shikuchosonkodo: '999997',
    honnin: { seinengappi: '昭和55年4月1日', shogai_kubun: 'nashi', kinro_gakusei: true },
    shunyu: { kyuyo_shunyu: 3_000_000, jigyo_shotoku: -120_000 },
    // an opened 配偶者 and an empty first row go as they are: the service then names the missing 生年月日
    haigusha: {}, fuyo_shinzoku: [{}, { seinengappi: 'H22.5.5', dokyo: true }],
  });
  assert.equal('jutaku_loan' in body, false, 'a section with nothing entered is not sent');
});

test('amounts that cannot be read become errors at their fields, named by their label', () => {
  const { errors } = readControls([
    { path: 'shunyu.kyuyo_shunyu', kind: 'kingaku', value: '300万', label: '給与収入' },
    { path: 'shiharai.shakai_hokenryo', kind: 'kingaku', value: '-1', label: '社会保険料' },
    { path: 'fuyo_shinzoku[0].gokei_shotoku', kind: 'kingaku', value: '4８,000', label: '1人目の合計所得金額' },
    { path: 'nendo', kind: 'int', value: '令和7', label: '年度' },
  ]);
  assert.deepEqual(errors, [
    { field: 'shunyu.kyuyo_shunyu', message: '給与収入は円単位の数字で入力してください（例: 3,000,000）' },
    { field: 'shiharai.shakai_hokenryo', message: '社会保険料にマイナスは入力できません' },
    { field: 'nendo', message: '年度は数字で入力してください' },
  ]);
});
