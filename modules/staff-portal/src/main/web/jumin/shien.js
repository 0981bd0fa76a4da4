// Errors on 住民課 screens: a 支援措置 refusal is shown prominently (core/shien.js, shared by every
// department); the names the 住民課 screens import stay here.

export { fail, formProblem, isShienRefusal, shienBanner, shienProblemBox as juminProblemBox } from '../core/shien.js';
