// Labels for coded values of the 保険年金課 screens (core/codes.js over this department's contract-codes.js).

import { codeLookup } from '../core/codes.js';
import { CONTRACT_CODES, CONTRACT_LABELS } from './contract-codes.js';

export const { codeRow, codeLabel, contractLabel, contractOptions } = codeLookup('national-health-insurance', CONTRACT_CODES,
  CONTRACT_LABELS);
export { GENGO } from '../core/display.js';
