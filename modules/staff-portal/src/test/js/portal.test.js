// The portal around the departments: config.json, the department registry, the menu, form errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateConfig } from '../../main/web/core/config.js';
import { distributeErrors } from '../../main/web/core/forms.js';
import { configuredDepartments, DEPARTMENTS, forRoles, loadDepartment, rolesOf } from '../../main/web/departments.js';
import { activeHref } from '../../main/web/shell/menu.js';

const config = (services) => validateConfig({ oidc: 'http://kc/realms/kikan/', clientId: 'kikan-staff', services });

test('config.json: issuer, client id and a base URL per service', () => {
  assert.deepEqual(config({ jumin: { baseUrl: 'http://localhost:8081/' }, kaigo: { baseUrl: '' } }), {
    oidc: 'http://kc/realms/kikan', clientId: 'kikan-staff', services: { jumin: { baseUrl: 'http://localhost:8081' } },
  });
  assert.throws(() => validateConfig({ clientId: 'x' }), /oidc/);
  assert.throws(() => validateConfig({ oidc: 'http://kc', clientId: 'x', services: { jumin: { baseUrl: 'ftp://x' } } }), /services\.jumin\.baseUrl/);
});

test('a department is shown only when all its services are configured', () => {
  const registry = [
    { id: 'jumin', name: '住民課', services: ['jumin'] },
    { id: 'zeimu', name: '税務課', services: ['zeimu'] },
    { id: 'kokuho', name: '保険年金課', services: ['kokuho', 'jumin'] },
  ];
  const ids = (c) => configuredDepartments(c, registry).map((d) => d.id);
  assert.deepEqual(ids(config({ jumin: { baseUrl: 'http://a' } })), ['jumin']);
  assert.deepEqual(ids(config({ zeimu: { baseUrl: 'http://b' } })), ['zeimu']);
  assert.deepEqual(ids(config({ kokuho: { baseUrl: 'http://c' }, jumin: { baseUrl: 'http://a' } })), ['jumin', 'kokuho']);
  assert.deepEqual(ids(config({})), []);
  assert.throws(() => configuredDepartments(config({}), [registry[0], registry[0]]), /重複/);
});

test('the registry today: 住民課 on the jumin service, 税務課 on zeimu, 保険年金課 on kokuho, 介護保険課 on kaigo', () => {
  assert.deepEqual(DEPARTMENTS.map((d) => [d.id, d.name, d.services]),
    [['jumin', '住民課', ['jumin']], ['zeimu', '税務課', ['zeimu']], ['kokuho', '保険年金課', ['kokuho']], ['kaigo', '介護保険課', ['kaigo']]]);
  // 税務課 appears only where local tax is configured
  assert.deepEqual(configuredDepartments(config({ jumin: { baseUrl: 'http://a' } })).map((d) => d.id), ['jumin']);
  assert.deepEqual(configuredDepartments(config({ jumin: { baseUrl: 'http://a' }, zeimu: { baseUrl: 'http://b' } })).map((d) => d.id), ['jumin', 'zeimu']);
  assert.deepEqual(configuredDepartments(config({ kokuho: { baseUrl: 'http://c' } })).map((d) => d.id), ['kokuho']);
  assert.deepEqual(configuredDepartments(config({ kaigo: { baseUrl: 'http://d' } })).map((d) => d.id), ['kaigo']);
});

test('a department module must keep its routes and links under its own id', async () => {
  const load = (mod) => loadDepartment({ id: 'zeimu', name: '税務課', services: ['zeimu'], load: async () => ({ default: mod }) });
  const ok = await load({ menu: [{ href: '#/zeimu', label: '課税照会' }], routes: [{ pattern: '/zeimu' }, { pattern: '/zeimu/:nendo' }] });
  assert.equal(ok.name, '税務課');
  await assert.rejects(load({ routes: [{ pattern: '/jumin/x' }] }), /outside \/zeimu/);
  await assert.rejects(load({ menu: [{ href: '#/zeimux', label: 'x' }], routes: [] }), /outside #\/zeimu/);
});

test('the active menu link is the longest one the path is under', () => {
  const hrefs = ['#/jumin', '#/jumin/tennyu', '#/zeimu'];
  assert.equal(activeHref(hrefs, '/jumin'), '#/jumin');
  assert.equal(activeHref(hrefs, '/jumin/100000000017/tenkyo'), '#/jumin');
  assert.equal(activeHref(hrefs, '/jumin/tennyu'), '#/jumin/tennyu');
  assert.equal(activeHref(hrefs, '/juminx'), null);
  assert.equal(activeHref(hrefs, '/'), null);
});

test('problem errors go to their fields; the rest to the top of the form', () => {
  const { placed, unplaced } = distributeErrors([
    { field: 'idonengappi', message: 'A' }, { field: 'idonengappi', message: 'B' },
    { field: 'members[1].shimei_furigana', message: 'C' }, { field: 'unknown', message: 'D' }, { message: 'E' },
  ], (f) => f !== 'unknown');
  assert.deepEqual([...placed], [['idonengappi', ['A', 'B']], ['members[1].shimei_furigana', ['C']]]);
  assert.deepEqual(unplaced, ['D', 'E']);
});

test('a user sees the departments of their roles only', () => {
  const clerk = rolesOf({ realm_access: { roles: ['default-roles-kikan', 'jumin-clerk'] } });
  assert.deepEqual(forRoles(DEPARTMENTS, clerk).map((d) => d.id), ['jumin']);
  const zeimu = rolesOf({ groups: ['zeimu-clerk'] });
  assert.deepEqual(forRoles(DEPARTMENTS, zeimu).map((d) => d.id), ['zeimu']);
  const both = rolesOf({ realm_access: { roles: ['jumin-auditor', 'zeimu-auditor'] } });
  assert.deepEqual(forRoles(DEPARTMENTS, both).map((d) => d.id), ['jumin', 'zeimu']);
  assert.deepEqual(forRoles(DEPARTMENTS, rolesOf({})), []);
  // a department that names no roles is everyone's
  assert.deepEqual(forRoles([{ id: 'x', roles: [] }], rolesOf({})).map((d) => d.id), ['x']);
});
