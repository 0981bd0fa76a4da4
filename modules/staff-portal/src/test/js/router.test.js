import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRouter, link, pathOf } from '../../main/web/core/router.js';

const routes = [
  { name: 'search', pattern: '/jumin' },
  { name: 'tennyu', pattern: '/jumin/tennyu' },
  { name: 'person', pattern: '/jumin/:atenabango/:tab?', params: { atenabango: /^\d{1,15}$/, tab: /^(tenkyo|tenshutsu|juminhyo)$/ } },
  { name: 'tax', pattern: '/zeimu/:nendo' },
];
const router = createRouter(routes);
const resolve = (hash) => {
  const r = router.resolve(pathOf(hash));
  return r && { name: r.route.name, params: r.params };
};

test('pathOf: hash to path', () => {
  assert.equal(pathOf(''), '/');
  assert.equal(pathOf('#'), '/');
  assert.equal(pathOf('#/'), '/');
  assert.equal(pathOf('#/jumin/'), '/jumin');
  assert.equal(pathOf('#/jumin/123?tab=x'), '/jumin/123');
  assert.equal(pathOf('#jumin'), '/jumin');
});

test('literal routes come before parameters when listed first', () => {
  assert.deepEqual(resolve('#/jumin'), { name: 'search', params: {} });
  assert.deepEqual(resolve('#/jumin/tennyu'), { name: 'tennyu', params: {} });
});

test('parameters, an optional last one, and their constraints', () => {
  assert.deepEqual(resolve('#/jumin/100000000017'), { name: 'person', params: { atenabango: '100000000017' } });
  assert.deepEqual(resolve('#/jumin/100000000017/tenkyo'), { name: 'person', params: { atenabango: '100000000017', tab: 'tenkyo' } });
  assert.equal(resolve('#/jumin/100000000017/kaigo'), null);
  assert.equal(resolve('#/jumin/abc'), null);
  assert.equal(resolve('#/jumin/1234567890123456'), null);
  assert.equal(resolve('#/jumin/1/tenkyo/extra'), null);
});

test('segments are decoded; a malformed escape matches nothing', () => {
  assert.deepEqual(resolve(`#/zeimu/${encodeURIComponent('令和6')}`), { name: 'tax', params: { nendo: '令和6' } });
  assert.equal(resolve('#/zeimu/%E0%A4%A'), null);
  assert.equal(resolve('#/unknown'), null);
  assert.equal(resolve('#/'), null);
});

test('an optional parameter must be last', () => {
  assert.throws(() => createRouter([{ pattern: '/a/:x?/b' }]), /optional parameter must be last/);
});

test('link encodes each segment', () => {
  assert.equal(link('jumin', '123', 'tenkyo'), '#/jumin/123/tenkyo');
  assert.equal(link('zeimu', '令和6'), `#/zeimu/${encodeURIComponent('令和6')}`);
  assert.equal(link('jumin', undefined), '#/jumin');
});
