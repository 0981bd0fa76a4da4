// 算定根拠: the portal's one display of the platform's SanteiKonkyo (core/konkyo.js), shared with 保険年金課.
export * from '../core/konkyo.js';
