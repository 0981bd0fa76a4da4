// The PDF download is shared by every department's certificates (core/pdf.js).
export { issuePdf } from '../core/pdf.js';
