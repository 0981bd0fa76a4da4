// Errors from the services (RFC 9457 problem+json) and from the network, as one typed error.

/** kind: 'problem' (the service answered with an error), 'network', 'timeout' or 'unauthenticated'. */
export class ApiError extends Error {
  constructor({ kind = 'problem', status = 0, type, code, title, detail, instance, errors = [], service } = {}) {
    super(detail || title || (status ? `HTTP ${status}` : kind));
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.type = type;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.instance = instance;
    this.errors = errors;
    this.service = service;
  }

  /**
   * True when the outcome is unknown (no answer, time-out, 5xx): the same submission may be sent
   * again with the same Idempotency-Key, and the service records it at most once.
   */
  get indeterminate() {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'problem' && this.status >= 500);
  }
}

const text = (v) => (typeof v === 'string' && v.trim() ? v : undefined);

/** One entry of `errors`: `{ field, message }` (plus `code`/`rule` when given); null if unusable. */
function fieldError(e) {
  if (!e || typeof e !== 'object') return null;
  const message = text(e.message) || text(e.detail) || text(e.title);
  if (!message) return null;
  const out = { field: text(e.field) || text(e.name) || text(e.pointer), message };
  if (text(e.code)) out.code = e.code;
  if (text(e.rule)) out.rule = e.rule;
  return out;
}

/**
 * Builds the ApiError for an error response from its status, Content-Type and body text. A body
 * that is not problem+json (a proxy's HTML page, an empty 502) still gives a useful title.
 */
export function parseProblem(status, contentType, body, service) {
  let json = null;
  const ct = (contentType || '').toLowerCase();
  if (body && (ct.includes('json') || /^\s*\{/.test(body))) {
    try {
      json = JSON.parse(body);
    } catch {
      json = null;
    }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return new ApiError({ status, title: fallbackTitle(status), service });
  }
  return new ApiError({
    status: Number.isInteger(json.status) ? json.status : status,
    type: text(json.type),
    code: text(json.code),
    title: text(json.title) || fallbackTitle(status),
    detail: text(json.detail),
    instance: text(json.instance),
    errors: Array.isArray(json.errors) ? json.errors.map(fieldError).filter(Boolean) : [],
    service,
  });
}

function fallbackTitle(status) {
  if (status === 401) return '認証が必要です';
  if (status === 403) return 'この操作は許可されていません';
  if (status === 404) return '対象が見つかりません';
  if (status >= 500) return `サーバーでエラーが発生しました（HTTP ${status}）`;
  return `エラー（HTTP ${status}）`;
}

/** The error for a request that got no answer. */
export function networkError(service) {
  return new ApiError({ kind: 'network', title: '通信エラー', detail: 'サーバーに接続できませんでした。時間をおいてもう一度操作してください。', service });
}

/** The error for a request that got no answer in time. */
export function timeoutError(service, ms) {
  return new ApiError({ kind: 'timeout', title: '応答がありません', detail: `サーバーから ${Math.round(ms / 1000)} 秒以内に応答がありませんでした。`, service });
}

/** The error when there is no valid login (the shell then shows the login screen). */
export function unauthenticatedError(service) {
  return new ApiError({ kind: 'unauthenticated', status: 401, title: '認証が必要です', detail: 'ログインの有効期限が切れました。もう一度ログインしてください。', service });
}

/** True when the login is gone (the shell already shows the login screen): show nothing more. */
export function isUnauthenticated(e) {
  return e instanceof ApiError && e.kind === 'unauthenticated';
}
