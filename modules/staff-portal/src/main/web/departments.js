// The departments (課) of the portal. Each is a folder with an index.js that exports its menu and
// routes (see jumin/index.js). A department is shown only when config.json has a base URL for every
// service it needs; a new one is added here, one line, when its folder exists, as 保険年金課 and 介護保険課 were.

// `roles`: the realm roles of the department's staff (deploy/keycloak/kikan-realm.json); a user sees the
// departments they hold a role of, so a 住民課 clerk is not shown 税務課 screens every call of which would be refused.
export const DEPARTMENTS = [
  { id: 'jumin', name: '住民課', services: ['jumin'], roles: ['jumin-clerk', 'jumin-supervisor', 'jumin-shien', 'jumin-auditor'],
    load: () => import('./jumin/index.js') },
  { id: 'zeimu', name: '税務課', services: ['zeimu'], roles: ['zeimu-clerk', 'zeimu-shien', 'zeimu-auditor', 'zeimu-admin'],
    load: () => import('./zeimu/index.js') },
  { id: 'kokuho', name: '保険年金課', services: ['kokuho'], roles: ['hoken-clerk', 'hoken-shien', 'hoken-auditor'],
    load: () => import('./kokuho/index.js') },
  { id: 'kaigo', name: '介護保険課', services: ['kaigo'], roles: ['kaigo-clerk', 'kaigo-shien', 'kaigo-auditor'],
    load: () => import('./kaigo/index.js') },
];

/** The realm roles of an access token's claims (Keycloak: realm_access.roles; groups as the services read them). */
export function rolesOf(claims) {
  return new Set([...(claims?.realm_access?.roles || []), ...(claims?.groups || [])]);
}

/** The departments the user holds a role of (a department that declares no roles is everyone's). */
export function forRoles(departments, roles) {
  return departments.filter((d) => !d.roles?.length || d.roles.some((r) => roles.has(r)));
}

/** True when a menu link or route is for one of the roles (one that names no roles is every department member's). */
export function allowedFor(entry, roles) {
  return !entry.roles?.length || entry.roles.some((r) => roles.has(r));
}

/**
 * The departments the user holds a role of, each with only the menu links of the user's roles (a 税務課
 * パラメータ管理 user is not shown the clerks' screens, a clerk not パラメータ管理).
 */
export function menusForRoles(departments, roles) {
  return forRoles(departments, roles).map((d) => ({ ...d, menu: (d.menu || []).filter((m) => allowedFor(m, roles)) }));
}

/** The departments whose services are all configured, in registry order. */
export function configuredDepartments(config, registry = DEPARTMENTS) {
  const ids = new Set();
  return registry.filter((d) => {
    if (ids.has(d.id)) throw new Error(`課の ID が重複しています: ${d.id}`);
    ids.add(d.id);
    return d.services.length > 0 && d.services.every((s) => config.services?.[s]?.baseUrl);
  });
}

/**
 * Loads a department's module and checks it: routes live under /<id>, menu links under #/<id>.
 * → { id, name, menu: [{ href, label }], routes: [{ pattern, params?, view }], reset? }
 */
export async function loadDepartment(d) {
  const mod = (await d.load()).default;
  const prefix = `/${d.id}`;
  for (const r of mod.routes || []) {
    if (r.pattern !== prefix && !r.pattern.startsWith(`${prefix}/`)) throw new Error(`${d.id}: route ${r.pattern} is outside ${prefix}`);
  }
  for (const m of mod.menu || []) {
    if (m.href !== `#${prefix}` && !m.href.startsWith(`#${prefix}/`)) throw new Error(`${d.id}: menu link ${m.href} is outside #${prefix}`);
  }
  return { ...mod, id: d.id, name: d.name, services: d.services, roles: d.roles };
}
