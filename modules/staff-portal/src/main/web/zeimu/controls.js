// The controls named by contract path: core/controls.js, shared with 保険年金課.
export * from '../core/controls.js';
