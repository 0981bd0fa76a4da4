// Labels for coded values of the 介護保険課 screens (core/codes.js over this department's contract-codes.js):
// 資格取得, 新規申請, 要介護2, 2割 …

import { codeLookup } from '../core/codes.js';
import { CONTRACT_CODES, CONTRACT_LABELS } from './contract-codes.js';

export const { codeRow, codeLabel, contractLabel, contractOptions } = codeLookup('long-term-care', CONTRACT_CODES, CONTRACT_LABELS);
export { GENGO } from '../core/display.js';
