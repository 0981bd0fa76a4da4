// Certificates come back as PDF (住民票の写し, 所得・課税証明書, 納税通知書): saved under a name with the
// 発行番号 (X-Hakko-Bango; the service must expose it to the portal's origin), with a link as a fallback.

import { h } from './dom.js';

/**
 * Posts the request and offers the PDF: → { hakko, saikofu, link } (link: the <a> to show).
 * The download starts at once; the link stays for when the browser blocked it.
 */
export async function issuePdf(api, path, body, fileStem) {
  const r = await api.request(path, { method: 'POST', body, raw: true, accept: 'application/pdf, application/problem+json' });
  const hakko = r.headers.get('X-Hakko-Bango') || '';
  const saikofu = (r.headers.get('X-Saikofu') || '').toLowerCase() === 'true';
  const url = URL.createObjectURL(await r.blob());
  const fileName = `${fileStem}_${hakko || 'hakko'}${saikofu ? '_再交付' : ''}.pdf`;
  const link = h('a', { href: url, download: fileName }, `${fileName} を保存`);
  return { hakko, saikofu, link, start: () => link.click() };
}
