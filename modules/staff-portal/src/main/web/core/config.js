// config.json: where the login (OIDC issuer, client id) and each service (base URL) are. The portal
// server writes it from its runtime configuration, so a municipality sets URLs without a rebuild.
//   { "oidc": "https://…/realms/kikan", "clientId": "kikan-staff",
//     "services": { "jumin": { "baseUrl": "https://…" } } }

/** Checks and normalizes a parsed config.json; throws an Error naming what is wrong. */
export function validateConfig(c) {
  const problems = [];
  if (!c || typeof c !== 'object') throw new Error('config.json が JSON オブジェクトではありません');
  if (typeof c.oidc !== 'string' || !/^https?:\/\//.test(c.oidc)) problems.push('oidc（認証サーバーの URL）');
  if (typeof c.clientId !== 'string' || !c.clientId) problems.push('clientId');
  const services = {};
  for (const [name, s] of Object.entries(c.services || {})) {
    if (s && typeof s.baseUrl === 'string' && /^https?:\/\//.test(s.baseUrl)) services[name] = { baseUrl: s.baseUrl.replace(/\/+$/, '') };
    else if (s && s.baseUrl) problems.push(`services.${name}.baseUrl`);
  }
  if (problems.length) throw new Error(`config.json の設定が不正です: ${problems.join('、')}`);
  return { oidc: c.oidc.replace(/\/+$/, ''), clientId: c.clientId, services };
}

export async function loadConfig(fetchFn = (...a) => globalThis.fetch(...a), url = 'config.json') {
  const r = await fetchFn(url, { cache: 'no-store' });
  if (!r.ok) throw new Error(`config.json を読み込めませんでした（HTTP ${r.status}）`);
  return validateConfig(await r.json());
}
