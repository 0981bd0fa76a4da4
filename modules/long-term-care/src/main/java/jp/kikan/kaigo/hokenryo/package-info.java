/**
 * 介護保険料 (第1号被保険者) engine — plain Java, no framework: the 段階 from 本人・世帯の課税状況 and income (介護保険法施行令
 * 第38条), 基準額 × 乗率 with the 公費 reduction of the lowest stages (介護保険法第124条の2) and the insurer's rounding, and
 * 月割 for a qualification held part of the 年度; every value with its 算定根拠 (jp.kikan.platform.santei.SanteiKonkyo).
 * Stages, thresholds, multipliers, 基準額 and rounding are dated parameters (by 年度 / 期), never literals here.
 */
package jp.kikan.kaigo.hokenryo;
